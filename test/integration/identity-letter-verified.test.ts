import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { Transition } from '../../electron/shared/requests';
import { letterVault, pdfText } from '../support/letter-vault';

/**
 * The identity verification letter follows the register (review 7, G5): refused on a request
 * whose identity is recorded as verified (naming the day and the method) or as needing no
 * check, unless the DPO states the new doubts, when the letter says why and that the time
 * keeps running; under the UK GDPR "the time limit does not run" (Art. 12A) only while the
 * register stops the clock for identity, with a caution when it does not. GDPR and UK GDPR,
 * EN and IT, read from the PDF. Set LETTERS_OUT=/tmp/letters to keep the PDFs.
 */
const NOW = new Date('2026-04-10T08:00:00Z');
const DOUBTS = 'The address you gave for the copy of your data is not the one on your account.';

describe('the identity verification letter on a request the register records as verified', () => {
  const { tmp, call, refused } = letterVault(NOW);

  async function request(regime: 'gdpr' | 'uk-gdpr', moves: Transition[]): Promise<string> {
    const created = await call<{ id: string; reference: string }>('requests.create', {
      request: { regime, types: ['access'], receivedAt: '2026-04-01T10:00:00+01:00', channel: 'email', subjectName: 'Oliver Smith', subjectEmail: 'oliver@example.co.uk' },
    });
    for (const transition of moves) await call('requests.transition', { id: created.id, transition });
    return created.reference;
  }

  const asked: Transition = { to: 'awaiting-identity', method: 'id-document', reason: 'The e-mail address is not linked to an account.', at: '2026-04-02T10:00:00+01:00' };
  const verified: Transition = { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' }, at: '2026-04-06T11:00:00+01:00' };
  const letter = (caseId: string, language: LetterLanguage, inputs: Record<string, string> = {}) => ({ caseType: 'request', caseId, kind: 'identity-verification', language, date: '2026-04-09', inputs });

  async function text(caseId: string, language: LetterLanguage, inputs: Record<string, string> = {}): Promise<{ text: string; warnings: string[] }> {
    const preview = await call<LetterPreview>('documents.preview', letter(caseId, language, inputs));
    expect(preview.missing.map((m) => m.key)).toEqual([]);
    const pdf = Buffer.from(preview.pdfBase64 ?? '', 'base64');
    if (process.env.LETTERS_OUT) writeFileSync(join(process.env.LETTERS_OUT, `identity-${caseId}.${language}.pdf`), pdf);
    return { text: pdfText(pdf, tmp.dir).replace(/\s+/g, ' '), warnings: preview.warnings.map((w) => w.code) };
  }

  it('UK GDPR: refused naming the day and the method, in both languages, with the way out for new doubts', async () => {
    const reference = await request('uk-gdpr', [asked, verified]);
    const error = await refused('documents.preview', letter(reference, 'en'));
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'identity.newDoubts' }] });
    expect(error.message).toContain(`No identity-verification letter for request ${reference}: the register records the person’s identity as verified on Monday 6 April 2026 (Identity document)`);
    expect(error.message).toContain('--set identity.newDoubts=');
    const italian = renderText('it', error.detail ?? { key: '' });
    expect(italian).toContain(`Nessuna lettera di tipo identity-verification per la richiesta ${reference}: il registro indica l’identità dell’interessato come verificata in data lunedì 6 aprile 2026 (Documento d'identità)`);
    expect(italian).toContain('«Che cosa ha fatto sorgere nuovi dubbi');
    // The kind stays offered: the way out is a field of the letter itself.
    const kinds = (await call<{ kind: string }[]>('documents.kinds', { caseType: 'request', caseId: reference })).map((k) => k.kind);
    expect(kinds).toContain('identity-verification');
  });

  it('UK GDPR: with new doubts stated, says why and that the time keeps running to the register’s day, never that it does not run', async () => {
    const reference = await request('uk-gdpr', [asked, verified]);
    const en = await text(reference, 'en', { 'identity.newDoubts': DOUBTS });
    expect(en.text).toContain('Since we began dealing with it, something has given us reasonable doubts about your identity (see below).');
    expect(en.text).toContain(DOUBTS);
    expect(en.text).toContain('the time for our answer (Articles 12(3) and 12A UK GDPR) continues to run: we will answer by 6 May 2026 at the latest');
    expect(en.text).not.toMatch(/does not run|Because we have reasonable doubts|not linked to an account/);
    expect(en.warnings).not.toContain('identity-clock-running');
    const it_ = await text(reference, 'it', { 'identity.newDoubts': 'L’indirizzo indicato per la copia dei dati non è quello del Suo account.' });
    expect(it_.text).toContain('Da quando abbiamo iniziato a darle seguito, sono sorti ragionevoli dubbi sulla Sua identità (v. sotto).');
    expect(it_.text).toContain('il termine per la nostra risposta (artt. 12, par. 3, e 12A UK GDPR) continua a decorrere: Le risponderemo al più tardi entro il 6 maggio 2026');
    expect(it_.text).not.toMatch(/non decorre|Poiché abbiamo ragionevoli dubbi/);
  });

  it('UK GDPR: "does not run" only while the register stops the clock; before the request for identity is recorded, the running day and a caution', async () => {
    const stopped = await request('uk-gdpr', [asked]);
    for (const language of ['en', 'it'] as const) {
      const { text: body, warnings } = await text(stopped, language);
      expect(body).toContain(language === 'en' ? 'Until then the time limit does not run' : 'Fino ad allora il termine non decorre');
      expect(warnings).not.toContain('identity-clock-running');
    }
    const notAsked = await request('uk-gdpr', []);
    const en = await text(notAsked, 'en', { 'identity.needed': 'A copy of your passport.' });
    expect(en.text).toContain('continues to run: we will answer by 1 May 2026 at the latest');
    expect(en.text).not.toContain('does not run');
    expect(en.warnings).toContain('identity-clock-running');
    const it_ = await text(notAsked, 'it', { 'identity.needed': 'Una copia del passaporto.' });
    expect(it_.text).toContain('continua a decorrere: Le risponderemo al più tardi entro il 1º maggio 2026');
    expect(it_.text).not.toContain('non decorre');
    const preview = await call<LetterPreview>('documents.preview', letter(notAsked, 'it', { 'identity.needed': 'Una copia del passaporto.' }));
    expect(preview.warnings.find((w) => w.code === 'identity-clock-running')?.message.it).toContain('request transition --to awaiting-identity');
  });

  it('GDPR: refused on a verified request naming the method, and on one recorded as needing no check; the new doubts open the letter', async () => {
    const reference = await request('gdpr', [{ to: 'in-progress', identity: { method: 'email-confirmation', outcome: 'verified' }, at: '2026-04-03T09:00:00+02:00' }]);
    const error = await refused('documents.preview', letter(reference, 'it'));
    expect(renderText('it', error.detail ?? { key: '' })).toContain(`verificata in data venerdì 3 aprile 2026 (Conferma dall'indirizzo e-mail registrato)`);
    expect(error.message).toContain('verified on Friday 3 April 2026 (Confirmed from the e-mail address on file)');
    const it_ = await text(reference, 'it', { 'identity.newDoubts': 'L’indirizzo indicato per la copia dei dati non è quello del Suo account.', 'identity.needed': 'Una copia del passaporto.' });
    expect(it_.text).toContain('sono sorti ragionevoli dubbi sulla Sua identità');
    expect(it_.text).toContain('continua a decorrere dal giorno in cui l’abbiamo ricevuta');
    expect(it_.text).not.toContain('Poiché abbiamo ragionevoli dubbi');

    const notRequired = await request('gdpr', [{ to: 'in-progress', identity: { method: 'account-login', outcome: 'not-required' } }]);
    const none = await refused('documents.preview', letter(notRequired, 'en'));
    expect(none.message).toContain(`No identity-verification letter for request ${notRequired}: the register records that no identity verification is needed for it`);
    expect(renderText('it', none.detail ?? { key: '' })).toContain('il registro indica che per questa richiesta non serve verificare l’identità');
  });
});
