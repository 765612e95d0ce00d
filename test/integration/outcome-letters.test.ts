import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import type { RequestOutcome, RequestType } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * A letter follows the outcome the register records (review 6, F15, F14): no confirmation (or
 * access response) on a request closed as refused or as no data held, and no full-compliance
 * letter on one closed as partly fulfilled where it has no partial version; each refusal names
 * the outcome, the day it was recorded and the letter that fits, in EN and IT. The day of the
 * action starts from the closing only when the request was granted.
 */
const NOW = new Date('2026-08-20T10:00:00Z');

/** Every letter that says the right was granted, with a request type it answers. */
const CONFIRMATIONS: readonly [RequestLetterKind, RequestType][] = [
  ['access-response', 'access'],
  ['access-partial', 'access'],
  ['erasure-confirmation', 'erasure'],
  ['rectification-confirmation', 'rectification'],
  ['restriction-confirmation', 'restriction'],
  ['objection-confirmation', 'objection'],
  ['opt-out-confirmation', 'marketing-opt-out'],
  ['withdrawal-confirmation', 'consent-withdrawal'],
];

describe('letters against the recorded outcome', () => {
  const { app, call, tmp } = letterVault(NOW, NOVENTIA);

  async function closed(type: RequestType, outcome: RequestOutcome | null): Promise<string> {
    const request = { regime: 'gdpr', types: [type], receivedAt: '2026-07-20T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' }, at: '2026-07-21T10:00:00+02:00' } });
    if (outcome === null) return reference;
    const ground = outcome === 'refused' ? { refusalGround: 'manifestly-excessive' } : {};
    await call('requests.transition', { id, transition: { to: 'responded', outcome, ...ground, reason: 'Answered.', at: '2026-08-02T12:00:00+02:00' } });
    return reference;
  }

  async function refused(reference: string, kind: RequestLetterKind): Promise<{ en: string; it: string }> {
    const result = await app.dispatch('documents.preview', { caseType: 'request', caseId: reference, kind, language: 'en', date: '2026-08-20', inputs: {} });
    if (result.ok) throw new Error(`${kind} on ${reference} was not refused`);
    expect(result.error.code).toBe('VALIDATION');
    return { en: result.error.message, it: renderText('it', result.error.detail as Message) };
  }

  async function written(reference: string, kind: RequestLetterKind, language: LetterLanguage): Promise<{ missing: string[]; text: string }> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, date: '2026-08-20', inputs: {} });
    const text = preview.pdfBase64 ? pdfText(Buffer.from(preview.pdfBase64, 'base64'), tmp.dir).replace(/\s+/g, ' ') : '';
    return { missing: preview.missing.map((m) => m.key), text };
  }

  it('every confirmation on a request closed as refused is refused, naming the refusal, its day and the refusal letter (EN/IT)', async () => {
    for (const [kind, type] of CONFIRMATIONS) {
      const reference = await closed(type, 'refused');
      const error = await refused(reference, kind);
      expect(error.en).toContain(`No ${kind} letter for request ${reference}: it was closed as refused on Sunday 2 August 2026`);
      expect(error.en).toContain('The refusal letter (refusal) is the one to send.');
      expect(error.it).toContain(`Nessuna lettera di tipo ${kind} per la richiesta ${reference}: è stata chiusa come rifiutata in data domenica 2 agosto 2026`);
      expect(error.it).toContain('La lettera da inviare è quella di rifiuto (refusal).');
      // The letter that fits is still written.
      expect((await written(reference, 'refusal', 'en')).text).toContain('Your request of 20 July 2026');
    }
  });

  it('every confirmation on a request closed as no data held is refused, naming the no-data-held letter (EN/IT)', async () => {
    for (const [kind, type] of CONFIRMATIONS) {
      const reference = await closed(type, 'no-data-held');
      const error = await refused(reference, kind);
      expect(error.en).toContain(`No ${kind} letter for request ${reference}: it was closed on Sunday 2 August 2026 as no data held`);
      expect(error.en).toContain('The no-data-held letter (no-data-held) is the one to send.');
      expect(error.it).toContain(`è stata chiusa in data domenica 2 agosto 2026 perché non trattiamo dati dell’interessato`);
      expect(error.it).toContain('La lettera da inviare è quella di assenza di dati (no-data-held).');
    }
  });

  it('on a request closed as partly fulfilled, the full access response points to access-partial; the kinds with no partial version are refused (EN/IT)', async () => {
    const access = await closed('access', 'partially-fulfilled');
    const error = await refused(access, 'access-response');
    expect(error.en).toContain(`No access-response letter for request ${access}: it was closed as partly fulfilled on Sunday 2 August 2026, and this letter would answer it as met in full. The partial access response (access-partial) is the one to send`);
    expect(error.it).toContain('La lettera da inviare è la risposta parziale all’accesso (access-partial)');
    expect((await written(access, 'access-partial', 'en')).missing).not.toContain('action.date');
    const fullOnly: [RequestLetterKind, RequestType][] = [
      ['restriction-confirmation', 'restriction'],
      ['opt-out-confirmation', 'marketing-opt-out'],
      ['withdrawal-confirmation', 'consent-withdrawal'],
    ];
    for (const [kind, type] of fullOnly) {
      const reference = await closed(type, 'partially-fulfilled');
      const message = await refused(reference, kind);
      expect(message.en).toContain(`No ${kind} letter for request ${reference}: it was closed as partly fulfilled on Sunday 2 August 2026, and this letter would confirm it as met in full`);
      expect(message.en).toContain('lodge a complaint with a supervisory authority and seek a judicial remedy (Arts 12(4), 77 and 79)');
      expect(message.it).toContain('è stata chiusa come accolta in parte in data domenica 2 agosto 2026 e questa lettera la confermerebbe come accolta per intero');
      expect(message.it).toContain('ricorso giurisdizionale (artt. 12, par. 4, 77 e 79)');
    }
  });

  it('an objection upheld in part: what stopped, what goes on, the Art. 21(1) ground and both remedies are required and printed (EN/IT)', async () => {
    const reference = await closed('objection', 'partially-fulfilled');
    const asked = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'objection-confirmation', language: 'en', date: '2026-08-20', inputs: {} });
    expect(asked.missing.map((m) => m.key)).toEqual(['objection.stopped', 'objection.kept', 'objection.ground', 'objection.groundsDetail']);
    const inputs = { 'objection.stopped': 'our newsletter', 'objection.kept': 'the fraud checks on your card payments', 'objection.ground': 'compelling-grounds', 'objection.groundsDetail': 'they protect you and our other customers from card fraud' };
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'objection-confirmation', language: 'en', date: '2026-08-20', inputs });
    const en = pdfText(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' ');
    expect(en).toContain('We have upheld it in part: since 2 August 2026 we no longer process your personal data for our newsletter.');
    expect(en).toContain('We continue to process it for the fraud checks on your card payments, because we have compelling legitimate grounds for the processing which override your interests, rights and freedoms (Article 21(1) GDPR): they protect you and our other customers from card fraud.');
    expect(en).toContain('If you do not agree with our decision on the part of the objection we have not upheld, you have the right to lodge a complaint');
    expect(en).toContain('judicial remedy (Article 79 GDPR)');
    expect(en).not.toContain('for the purposes you objected to');
    const itInputs = { 'objection.stopped': 'la newsletter', 'objection.kept': 'i controlli antifrode', 'objection.ground': 'legal-claims', 'objection.groundsDetail': 'ci difendiamo nella contestazione del pagamento' };
    const italian = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'objection-confirmation', language: 'it', date: '2026-08-20', inputs: itInputs });
    const it_ = pdfText(Buffer.from(italian.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' ');
    expect(it_).toContain('L’abbiamo accolta in parte: dal 2 agosto 2026 non trattiamo più i Suoi dati personali per la newsletter.');
    expect(it_).toContain('Continuiamo a trattarli per i controlli antifrode, perché il trattamento è necessario per l’accertamento, l’esercizio o la difesa di un diritto in sede giudiziaria (art. 21, par. 1, GDPR): ci difendiamo nella contestazione del pagamento.');
    expect(it_).toContain('ricorso giurisdizionale (art. 79 GDPR)');
    expect(it_).not.toContain('per le finalità oggetto della Sua opposizione');
  });

  it('on a request closed as fulfilled, each confirmation is written, dated on the closing day (EN/IT)', async () => {
    const phrases: Partial<Record<RequestLetterKind, { en: string; it: string }>> = {
      'erasure-confirmation': { en: 'on 2 August 2026 we erased the personal data concerned', it: 'in data 2 agosto 2026 abbiamo cancellato i dati personali in questione' },
      'objection-confirmation': { en: 'since 2 August 2026 we no longer process your personal data for the purposes you objected to', it: 'dal 2 agosto 2026 non trattiamo più i Suoi dati personali' },
    };
    for (const [kind, type] of CONFIRMATIONS) {
      if (kind === 'access-response' || kind === 'access-partial') continue;
      const reference = await closed(type, 'fulfilled');
      for (const language of ['en', 'it'] as const) {
        const { missing, text } = await written(reference, kind, language);
        expect(missing, `${kind} ${language}`).not.toContain('action.date');
        expect(text).toContain(language === 'en' ? '2 August 2026' : '2 agosto 2026');
        const phrase = phrases[kind]?.[language];
        if (phrase) expect(text).toContain(phrase);
      }
    }
  });

  it('on an open request the day of the action is asked for, not filled', async () => {
    const reference = await closed('erasure', null);
    expect((await written(reference, 'erasure-confirmation', 'en')).missing).toContain('action.date');
  });
});
