import { describe, expect, it } from 'vitest';
import type { LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { RequestType } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * What the DPO types for a field a letter prints inside its own sentence (the purposes an
 * objection upheld in part stopped and kept, the part of a request not carried out) reads as
 * part of that sentence: no capital mid-sentence ("per Profilazione…"), unless an acronym, and
 * several purposes, one a line, read as a list ("a, b e c"), never as one noun (review 7, G17).
 */
const NOW = new Date('2026-08-20T10:00:00Z');

describe('typed purposes inside a confirmation’s sentence', () => {
  const { call, tmp } = letterVault(NOW, NOVENTIA);

  async function partly(type: RequestType): Promise<string> {
    const request = { regime: 'gdpr', types: [type], receivedAt: '2026-07-20T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' }, at: '2026-07-21T10:00:00+02:00' } });
    await call('requests.transition', { id, transition: { to: 'responded', outcome: 'partially-fulfilled', reason: 'Upheld in part.', at: '2026-08-02T12:00:00+02:00' } });
    return reference;
  }

  async function text(reference: string, kind: RequestLetterKind, language: LetterLanguage, inputs: LetterInputs): Promise<string> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, date: '2026-08-20', inputs });
    expect(preview.missing).toEqual([]);
    return pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' ');
  }

  it('an objection upheld in part, purposes typed with capitals and one a line (IT/EN)', async () => {
    const reference = await partly('objection');
    const it_ = await text(reference, 'objection-confirmation', 'it', {
      'objection.stopped': 'Profilazione a fini di analisi commerciale',
      'objection.kept': 'Sicurezza degli account\nPrevenzione delle frodi sui pagamenti\nCRM per l’assistenza',
      'objection.ground': 'compelling-grounds',
      'objection.groundsDetail': 'proteggono Lei e gli altri clienti',
    });
    expect(it_).toContain('non trattiamo più i Suoi dati personali per profilazione a fini di analisi commerciale.');
    expect(it_).toContain('Continuiamo a trattarli per sicurezza degli account, prevenzione delle frodi sui pagamenti e CRM per l’assistenza, perché sussistono motivi legittimi cogenti');
    expect(it_).not.toMatch(/per Profilazione|per Sicurezza/);
    const en = await text(reference, 'objection-confirmation', 'en', {
      'objection.stopped': 'Profiling for commercial analysis.',
      'objection.kept': 'Account security; Fraud checks on card payments',
      'objection.ground': 'legal-claims',
      'objection.groundsDetail': 'we are defending a payment dispute',
    });
    expect(en).toContain('we no longer process your personal data for profiling for commercial analysis.');
    expect(en).toContain('We continue to process it for account security and fraud checks on card payments, because the processing is necessary');
  });

  it('the part of a rectification not carried out, typed with a capital (IT)', async () => {
    const reference = await partly('rectification');
    const it_ = await text(reference, 'rectification-confirmation', 'it', { 'action.date': '2026-08-02', 'partial.withheld': 'La data di nascita', 'partial.reasons': 'il documento che ci ha inviato non la conferma' });
    expect(it_).toContain('Non abbiamo invece rettificato la data di nascita, perché il documento che ci ha inviato non la conferma.');
  });
});
