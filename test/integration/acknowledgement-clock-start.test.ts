import { describe, expect, it } from 'vitest';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * The acknowledgement's identity and clock sentence follows the register (review 5, E2): once
 * identity is verified (or not required) no "if we need to ask you…" sentence; a recorded
 * UK GDPR stop (identity, fee, clarification) stated as fact with its two days and the day
 * it sets (Art. 12A UK GDPR); the conditional only while identity is open and the month runs,
 * never beside a late acknowledgement's apology. The same for the GDPR's Art. 12(6) sentence.
 */
const NOW = new Date('2026-12-04T10:00:00Z');

describe('the acknowledgement’s identity and clock sentence', () => {
  const { tmp, call } = letterVault(NOW, NOVENTIA);

  async function received(regime: 'gdpr' | 'uk-gdpr', receivedAt: string, types = ['access']): Promise<{ id: string; reference: string }> {
    const request = { regime, types, receivedAt, channel: 'email', subjectName: 'Carlos Gallo', subjectEmail: 'carlos@example.com', confirmOldReceipt: true };
    return call<{ id: string; reference: string }>('requests.create', { request });
  }

  async function verified(id: string, askedAt: string, verifiedAt: string): Promise<void> {
    await call('requests.transition', { id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'The e-mail address is not linked to an account.', at: askedAt } });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' }, at: verifiedAt } });
  }

  async function text(reference: string, language: LetterLanguage, date: string, inputs: Record<string, string> = {}): Promise<string> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'acknowledgement', language, date, inputs });
    expect(preview.missing).toEqual([]);
    return pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' ');
  }

  it('UK GDPR, identity received after receipt: states both days and the month running from the second, no conditional (EN/IT)', async () => {
    const { id, reference } = await received('uk-gdpr', '2026-11-23T09:39:00Z');
    await verified(id, '2026-11-24T13:29:00Z', '2026-11-29T13:29:00Z');
    const en = await text(reference, 'en', '2026-12-04');
    expect(en).toContain('We asked you on 24 November 2026 for information to confirm your identity and received it on 29 November 2026; under Article 12A UK GDPR the one month runs from that day, so we will answer without undue delay and at the latest by 29 December 2026.');
    expect(en).not.toMatch(/If we need to ask you for information|within the one month allowed/);
    const it_ = await text(reference, 'it', '2026-12-04');
    expect(it_).toContain('Il 24 novembre 2026 Le abbiamo chiesto informazioni per verificare la Sua identità, che abbiamo ricevuto il 29 novembre 2026; ai sensi dell’art. 12A UK GDPR il termine di un mese decorre da tale giorno, quindi Le risponderemo senza ingiustificato ritardo e al più tardi entro il 29 dicembre 2026.');
    expect(it_).not.toMatch(/Se dovremo chiederLe informazioni/);
    // Dated before the identity arrived, the letter cannot state it: the restart is not told.
    const before = await text(reference, 'en', '2026-11-23');
    expect(before).not.toContain('We asked you on');
  });

  it('UK GDPR, a clarification pause: the days asked and answered do not count (EN/IT)', async () => {
    const { id, reference } = await received('uk-gdpr', '2026-11-16T09:00:00Z');
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' }, at: '2026-11-16T10:00:00Z' } });
    await call('requests.clockStop', { id, step: { reason: 'clarification', action: 'start', at: '2026-11-18T09:00:00Z' } });
    await call('requests.clockStop', { id, step: { reason: 'clarification', action: 'end', at: '2026-11-20T09:00:00Z' } });
    const en = await text(reference, 'en', '2026-12-01');
    expect(en).toMatch(/We asked you on 18 November 2026 to clarify your request and received your reply on 20 November 2026; under Article 12A UK GDPR the days from 18 November 2026 to 20 November 2026 do not count towards the one month, so we will answer without undue delay and at the latest by \d+ December 2026\./);
    expect(en).not.toMatch(/If we need to ask you|within the one month allowed/);
    const it_ = await text(reference, 'it', '2026-12-01');
    expect(it_).toContain('i giorni dal 18 novembre 2026 al 20 novembre 2026 non si computano nel termine di un mese');
  });

  it('UK GDPR, late and identity verified: the apology stands alone, no new month offered (D38 kept)', async () => {
    const { id, reference } = await received('uk-gdpr', '2026-10-16T09:00:00Z');
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' }, at: '2026-10-17T09:00:00Z' } });
    const en = await text(reference, 'en', '2026-12-04', { 'ack.answerBy': '2026-12-11' });
    expect(en).toContain('ran out on 16 November 2026. We apologise for the delay; we will answer you by 11 December 2026.');
    expect(en).not.toMatch(/the one-month period begins only when|If we need to ask you/);
  });

  it('UK GDPR, late with identity still open: no conditional beside the apology either', async () => {
    const { reference } = await received('uk-gdpr', '2026-10-16T09:00:00Z');
    const it_ = await text(reference, 'it', '2026-12-04', { 'ack.answerBy': '2026-12-11' });
    expect(it_).toContain('Ci scusiamo per il ritardo; Le risponderemo entro l’11 dicembre 2026.');
    expect(it_).not.toContain('decorrerà solo dal ricevimento');
  });

  it('on time with identity open: the conditional is kept (UK and GDPR)', async () => {
    const uk = await received('uk-gdpr', '2026-12-01T09:00:00Z');
    expect(await text(uk.reference, 'en', '2026-12-02')).toContain('If we need to ask you for information to confirm your identity (Article 12(6) UK GDPR)');
    const eu = await received('gdpr', '2026-12-01T09:00:00Z');
    expect(await text(eu.reference, 'en', '2026-12-02')).toContain('If we have reasonable doubts about your identity, we may ask you');
  });

  it('GDPR, identity verified before the letter: no "if we have reasonable doubts" sentence (EN/IT)', async () => {
    const { id, reference } = await received('gdpr', '2026-11-23T09:00:00Z');
    await verified(id, '2026-11-24T09:00:00Z', '2026-11-26T09:00:00Z');
    expect(await text(reference, 'en', '2026-11-27')).not.toContain('reasonable doubts');
    expect(await text(reference, 'it', '2026-11-27')).not.toContain('ragionevoli dubbi');
    expect(await text(reference, 'en', '2026-11-25')).toContain('reasonable doubts');
  });
});

describe('two articles of one act in the Italian acknowledgement (review 5, E21)', () => {
  const { tmp, call } = letterVault(NOW, NOVENTIA);

  it('UK GDPR: "dagli artt. 12, par. 3, e 12A UK GDPR", never "dall’art. 12, par. 3, e art. 12A"', async () => {
    const request = { regime: 'uk-gdpr', types: ['access'], receivedAt: '2026-12-01T09:00:00Z', channel: 'email', subjectName: 'Carlos Gallo', subjectEmail: 'carlos@example.com' };
    const { reference } = await call<{ reference: string }>('requests.create', { request });
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'acknowledgement', language: 'it', date: '2026-12-02' });
    const text = pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' ');
    expect(text).toContain('nel termine di un mese previsto dagli artt. 12, par. 3, e 12A UK GDPR.');
    expect(text).not.toMatch(/e art\. 12A|dall’artt/);
  });
});
