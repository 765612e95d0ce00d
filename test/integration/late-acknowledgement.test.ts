import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { RequestDetail, RequestType } from '../../electron/shared/requests';
import { formatCivilDate } from '../../electron/core/documents/letters/format-date';
import { renderText } from '../../electron/core/i18n';
import type { Message } from '../../electron/shared/pure/i18n/message';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * An acknowledgement dated after the month to answer ran out (review D38): it never promises
 * that past day. It says the month ran out on it, apologises and gives the day the DPO now
 * answers by, which is required and may not precede the letter. The month is cited as one
 * rule in every acknowledgement: Art. 12(3) GDPR; for the UK, Art. 12(3) with Art. 12A.
 * The same for the CCPA: the 45 days of §7021(b), the 90 once extended (never extended
 * again, nor after the first 45 days), and the 15 business days of an opt-out (§7026(f)).
 * An extended period is announced as extended, never as "one month" or "45 days".
 */
const NOW = new Date('2026-12-03T10:00:00Z');

describe('a late acknowledgement', () => {
  const { tmp, call, refused } = letterVault(NOW, NOVENTIA);

  async function received(regime: 'gdpr' | 'uk-gdpr', receivedAt: string): Promise<string> {
    const request = { regime, types: ['access'], receivedAt, channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.com' };
    return (await call<{ reference: string }>('requests.create', { request })).reference;
  }

  async function acknowledgement(reference: string, language: LetterLanguage, date: string, inputs: Record<string, string> = {}): Promise<{ missing: string[]; text: string }> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'acknowledgement', language, date, inputs });
    const text = preview.pdfBase64 ? pdfText(Buffer.from(preview.pdfBase64, 'base64'), tmp.dir) : '';
    return { missing: preview.missing.map((m) => m.key), text };
  }

  it('UK GDPR: says the month ran out, apologises, and needs the new day; never "at the latest by" a past day', async () => {
    const reference = await received('uk-gdpr', '2026-10-16T10:00:00+01:00');
    const asIs = await acknowledgement(reference, 'it', '2026-12-03');
    expect(asIs.missing).toEqual(['ack.answerBy']);
    expect(asIs.text).toBe('');
    const it_ = await acknowledgement(reference, 'it', '2026-12-03', { 'ack.answerBy': '2026-12-10' });
    expect(it_.missing).toEqual([]);
    expect(it_.text).toContain('Il termine di un mese per la nostra risposta (artt. 12, par. 3, e 12A UK GDPR) è scaduto il 16 novembre 2026. Ci scusiamo per il ritardo; Le risponderemo entro il 10 dicembre 2026.');
    expect(it_.text).not.toContain('al più tardi entro il 16 novembre 2026');
    expect(it_.text).not.toContain('La informeremo entro il primo mese');
    const en = await acknowledgement(reference, 'en', '2026-12-03', { 'ack.answerBy': '2026-12-08' });
    expect(en.text).toContain('The one-month period for our answer (Article 12(3) and Article 12A UK GDPR) ran out on 16 November 2026. We apologise for the delay; we will answer you by 8 December 2026.');
    expect(en.text).not.toContain('at the latest by 16 November 2026');
  });

  it('refuses a new day before the letter, naming both days', async () => {
    const reference = await received('gdpr', '2026-10-16T10:00:00+02:00');
    const error = await refused('documents.preview', { caseType: 'request', caseId: reference, kind: 'acknowledgement', language: 'en', date: '2026-12-03', inputs: { 'ack.answerBy': '2026-12-01' } });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain("is before the letter's own date (Thu 3 Dec 2026)");
  });

  it('on time, the acknowledgement keeps its promise and cites the month alike (GDPR and UK GDPR)', async () => {
    const uk = await received('uk-gdpr', '2026-11-20T10:00:00Z');
    const ukEn = await acknowledgement(uk, 'en', '2026-11-23');
    expect(ukEn.missing).toEqual([]);
    expect(ukEn.text).toContain('at the latest by 21 December 2026, within the one month allowed by Article 12(3) and Article 12A UK GDPR.');
    expect(ukEn.text).not.toContain('ran out');
    const eu = await received('gdpr', '2026-11-20T10:00:00+01:00');
    const euIt = await acknowledgement(eu, 'it', '2026-11-23');
    expect(euIt.text).toContain('nel termine di un mese previsto dall’art. 12, par. 3, del Regolamento (UE) 2016/679 («GDPR»).');
    expect(euIt.text).not.toContain('è scaduto');
  });
});

describe('a late CCPA acknowledgement (§7021(b); §7026(f))', () => {
  const { tmp, call } = letterVault(NOW, NOVENTIA);

  /** A CCPA request received on 1 September 2026 (Pacific time); extended on 10 October when asked. */
  async function received(types: RequestType[], extended = false): Promise<{ reference: string; due: (language: LetterLanguage) => string }> {
    const request = { regime: 'ccpa', types, receivedAt: '2026-09-01T10:00:00-07:00', channel: 'email', subjectName: 'Jane Doe', subjectEmail: 'jane@example.com', confirmOldReceipt: true };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    if (extended) {
      await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
      await call('requests.transition', { id, transition: { to: 'extended', reason: 'The data is held in six systems and by two service providers.', at: '2026-10-10T10:00:00-07:00' } });
    }
    const detail = await call<RequestDetail>('requests.get', { id });
    const due = detail.deadlines.extendedDue ?? detail.deadlines.due;
    if (due === null) throw new Error('no due date');
    return { reference, due: (language) => formatCivilDate(due, language) };
  }

  async function acknowledgement(reference: string, language: LetterLanguage, date: string, inputs: Record<string, string> = {}): Promise<{ missing: string[]; text: string }> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'acknowledgement', language, date, inputs });
    if (preview.pdfBase64 && process.env.LETTERS_OUT) writeFileSync(join(process.env.LETTERS_OUT, `late-ack-${reference}-${date}.${language}.pdf`), Buffer.from(preview.pdfBase64, 'base64'));
    const text = preview.pdfBase64 ? pdfText(Buffer.from(preview.pdfBase64, 'base64'), tmp.dir) : '';
    return { missing: preview.missing.map((m) => m.key), text };
  }

  it('after the 45 days: says when they ran out, that they can no longer be extended, apologises, and needs the new day', async () => {
    const { reference, due } = await received(['know', 'delete']);
    expect(due('en')).toBe('16 October 2026');
    const asIs = await acknowledgement(reference, 'en', '2026-12-03');
    expect(asIs.missing).toEqual(['ack.answerBy']);
    expect(asIs.text).toBe('');
    const en = await acknowledgement(reference, 'en', '2026-12-03', { 'ack.answerBy': '2026-12-10' });
    expect(en.missing).toEqual([]);
    expect(en.text).toContain(
      'The 45 calendar days for our response (section 7021(b)) ran out on 16 October 2026; as we did not tell you within them that we needed more time, the period can no longer be extended. We apologize for the delay; we will respond by 10 December 2026.',
    );
    expect(en.text).not.toMatch(/by 16 October 2026|we may extend|45 further days/);
    const it_ = await acknowledgement(reference, 'it', '2026-12-03', { 'ack.answerBy': '2026-12-10' });
    expect(it_.text).toContain(
      'Il termine di 45 giorni di calendario per la nostra risposta (sezione 7021(b)) è scaduto il 16 ottobre 2026; poiché non L’abbiamo informata entro tale termine di aver bisogno di più tempo, non può più essere prorogato. Ci scusiamo per il ritardo; Le risponderemo entro il 10 dicembre 2026.',
    );
    expect(it_.text).not.toMatch(/entro il 16 ottobre 2026|potremo prorogare/);
  });

  it('extended: announces the 90 days as extended, never another extension; after them, says they ran out', async () => {
    const { reference, due } = await received(['delete'], true);
    expect(due('en')).toBe('30 November 2026');
    const onTime = await acknowledgement(reference, 'en', '2026-10-12');
    expect(onTime.missing).toEqual([]);
    expect(onTime.text).toContain('We have extended the period for our response once by 45 days, as section 7021(b) allows: we will respond by 30 November 2026 at the latest, within 90 calendar days of receipt, and the period cannot be extended again.');
    expect(onTime.text).not.toMatch(/within 45 calendar days|we may extend/);
    const onTimeIt = await acknowledgement(reference, 'it', '2026-10-12');
    expect(onTimeIt.text).toContain('Le risponderemo al più tardi entro il 30 novembre 2026, cioè entro 90 giorni di calendario dal ricevimento, e il termine non può essere prorogato ulteriormente.');
    const late = await acknowledgement(reference, 'en', '2026-12-03', { 'ack.answerBy': '2026-12-07' });
    expect(late.text).toContain('The period for our response, extended once by 45 days to 90 calendar days from receipt (section 7021(b)), ran out on 30 November 2026, and it cannot be extended again. We apologize for the delay; we will respond by 7 December 2026.');
    const lateIt = await acknowledgement(reference, 'it', '2026-12-03', { 'ack.answerBy': '2026-12-07' });
    expect(lateIt.text).toContain('è scaduto il 30 novembre 2026 e non può essere prorogato ulteriormente. Ci scusiamo per il ritardo; Le risponderemo entro il 7 dicembre 2026.');
    for (const text of [late.text, lateIt.text]) expect(text).not.toMatch(/by 30 November 2026 at the latest|al più tardi entro il 30 novembre 2026/);
  });

  it('an opt-out after its 15 business days: says when they ran out and when we will act, no past day promised', async () => {
    const { reference, due } = await received(['opt-out']);
    const en = await acknowledgement(reference, 'en', '2026-12-03', { 'ack.answerBy': '2026-12-04' });
    expect(en.missing).toEqual([]);
    expect(en.text).toContain(`within 15 business days of receipt (section 7026(f) of the CCPA regulations, California Code of Regulations, title 11): that period ran out on ${due('en')}. We apologize for the delay; we will act on it by 4 December 2026.`);
    expect(en.text).not.toContain(`by ${due('en')} at the latest`);
    const it_ = await acknowledgement(reference, 'it', '2026-12-03', { 'ack.answerBy': '2026-12-04' });
    expect(it_.text).toContain(`tale termine è scaduto il ${due('it')}. Ci scusiamo per il ritardo; daremo seguito alla richiesta entro il 4 dicembre 2026.`);
    expect(it_.text).not.toContain(`al più tardi entro il ${due('it')}`);
  });

  it('on time, the acknowledgement keeps its promise, and offers the one extension by the 45th day', async () => {
    const { reference } = await received(['know']);
    const en = await acknowledgement(reference, 'en', '2026-09-03');
    expect(en.missing).toEqual([]);
    expect(en.text).toContain('We will respond by 16 October 2026 at the latest, within 45 calendar days of receipt (section 7021(b)).');
    expect(en.text).toContain('we would tell you so, with the reasons, by 16 October 2026.');
    expect(en.text).not.toMatch(/ran out|apologise/);
    const it_ = await acknowledgement(reference, 'it', '2026-09-03');
    expect(it_.text).toContain('informandoLa dei motivi entro il 16 ottobre 2026.');
    expect(it_.text).not.toMatch(/è scaduto|Ci scusiamo/);
  });
});

describe('an acknowledgement of an extended GDPR request', () => {
  const { app, tmp, call } = letterVault(NOW, NOVENTIA);

  it('announces the extended day as extended, after it says the extended period ran out; an extension notice after it is refused', async () => {
    const request = { regime: 'gdpr', types: ['access'], receivedAt: '2026-08-20T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.com', confirmOldReceipt: true };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'extended', reason: 'The data is held in six systems and by two processors.', at: '2026-09-10T10:00:00+02:00' } });
    const detail = await call<RequestDetail>('requests.get', { id });
    const extended = detail.deadlines.extendedDue as string;
    const text = async (language: LetterLanguage, date: string, inputs: Record<string, string> = {}) => {
      const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'acknowledgement', language, date, inputs });
      expect(preview.missing).toEqual([]);
      return pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir);
    };
    const onTime = await text('en', '2026-09-11');
    expect(onTime).toContain(`We have extended the period for our answer by two further months, as Article 12(3) of Regulation (EU) 2016/679 (“GDPR”) allows for complex or numerous requests: we will answer without undue delay and at the latest by ${formatCivilDate(extended, 'en')}.`);
    expect(onTime).not.toMatch(/within the one month|may be extended/);
    const onTimeIt = await text('it', '2026-09-11');
    expect(onTimeIt).toContain(`Abbiamo prorogato di due mesi il termine per la nostra risposta, come consentito dall’art. 12, par. 3, del Regolamento (UE) 2016/679 («GDPR») per le richieste complesse o numerose: Le risponderemo senza ingiustificato ritardo e al più tardi entro il ${formatCivilDate(extended, 'it')}.`);
    const late = await text('it', '2026-12-03', { 'ack.answerBy': '2026-12-09' });
    expect(late).toContain(`Il termine per la nostra risposta, prorogato di due mesi (art. 12, par. 3, del Regolamento (UE) 2016/679, il «GDPR»), è scaduto il ${formatCivilDate(extended, 'it')}. Ci scusiamo per il ritardo; Le risponderemo entro il 9 dicembre 2026.`);
    expect(late).not.toContain('Il termine di un mese');
    // The extension notice cannot announce as new a deadline already past: refused, naming both days, in both languages.
    const notice = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind: 'extension-notice', language: 'en', date: '2026-12-03', inputs: { 'extension.reasons': 'Six systems.' } });
    const error = notice.ok ? null : notice.error;
    expect(error?.code).toBe('VALIDATION');
    expect(error?.message).toContain(`An extension notice dated Thu 3 Dec 2026 would announce as the new deadline a day already past`);
    expect(renderText('it', error?.detail as Message)).toContain('Una comunicazione di proroga datata gio 3 dic 2026 annuncerebbe come nuovo termine un giorno già passato');
    const onTimeNotice = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'extension-notice', language: 'en', date: '2026-09-11', inputs: { 'extension.reasons': 'Six systems.' } });
    expect(onTimeNotice.missing).toEqual([]);
  });
});

describe('an identity letter dated after the period to answer', () => {
  const { tmp, call } = letterVault(NOW, NOVENTIA);

  async function awaitingIdentity(regime: 'gdpr' | 'ccpa', receivedAt: string): Promise<string> {
    const request = { regime, types: [regime === 'ccpa' ? 'delete' : 'access'], receivedAt, channel: 'email', subjectName: 'Jane Doe', subjectEmail: 'jane@example.com', confirmOldReceipt: true };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'awaiting-identity', method: 'email-confirmation', reason: 'The e-mail address is not the one on the account.' } });
    return reference;
  }

  async function letter(reference: string, language: LetterLanguage, date: string): Promise<string> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'identity-verification', language, date });
    expect(preview.missing).toEqual([]);
    return pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir);
  }

  it('CCPA: says the period ran out on its day and apologises, never "we will respond by" it', async () => {
    const reference = await awaitingIdentity('ccpa', '2026-09-01T10:00:00-07:00');
    const en = await letter(reference, 'en', '2026-12-03');
    expect(en).toContain('it ran out on 16 October 2026. We apologize for the delay, and we will respond as soon as we have verified your identity.');
    expect(en).not.toContain('We will respond by 16 October 2026 at the latest');
    const it_ = await letter(reference, 'it', '2026-12-03');
    expect(it_).toContain('tale termine è scaduto il 16 ottobre 2026. Ci scusiamo per il ritardo e Le risponderemo non appena avremo verificato la Sua identità.');
    expect(it_).not.toContain('Le risponderemo al più tardi entro il 16 ottobre 2026');
    // On time, the day is promised.
    expect(await letter(reference, 'en', '2026-09-03')).toContain('We will respond by 16 October 2026 at the latest.');
  });

  it('GDPR: the month no longer "continues to run": it ran out on its day', async () => {
    const reference = await awaitingIdentity('gdpr', '2026-09-01T10:00:00+02:00');
    const it_ = await letter(reference, 'it', '2026-12-03');
    expect(it_).toContain('Il termine per la nostra risposta previsto dall’art. 12, par. 3, GDPR è scaduto il 1º ottobre 2026: ci scusiamo per il ritardo e Le risponderemo non appena avrà confermato la Sua identità.');
    expect(it_).not.toContain('continua a decorrere');
    const en = await letter(reference, 'en', '2026-12-03');
    expect(en).toContain('The time for our answer under Article 12(3) GDPR ran out on 1 October 2026: we apologise for the delay');
    expect(en).not.toContain('continues to run');
    expect(await letter(reference, 'en', '2026-09-03')).toContain('continues to run');
  });
});
