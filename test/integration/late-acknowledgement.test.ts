import { describe, expect, it } from 'vitest';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * An acknowledgement dated after the month to answer ran out (review D38): it never promises
 * that past day. It says the month ran out on it, apologises and gives the day the DPO now
 * answers by, which is required and may not precede the letter. The month is cited as one
 * rule in every acknowledgement: Art. 12(3) GDPR; for the UK, Art. 12(3) with Art. 12A.
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
    expect(it_.text).toContain('Il termine di un mese per la nostra risposta (art. 12, par. 3, e art. 12A UK GDPR) è scaduto il 16 novembre 2026. Ci scusiamo per il ritardo; Le risponderemo entro il 10 dicembre 2026.');
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
