import { describe, expect, it } from 'vitest';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA_WITH_CONTACTS, pdfText } from '../support/letter-vault';

/**
 * The notice to the people follows the register's decision (review 6, F1; Art. 34(1), 34(3)(a)
 * GDPR): "the law requires us to tell you" only on a recorded decision to tell them; otherwise a
 * voluntary notice, with the consequences from the register's assessment (the encryption
 * stated) and a caution naming the decision, or its absence. Each notice is generated and read
 * back with pdftotext in English and Italian.
 */
const AWARE_AT = '2026-11-30T10:00:00+01:00';
const FACTS = { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['identity', 'contact', 'credentials'], subjects: 4800, establishments: ['IT'], affectedCountries: ['IT'] } as const;

const WORDS = {
  en: {
    duty: 'The law requires us to tell you without undue delay',
    voluntary: 'Although the law does not require us to, we want to tell you about a security incident at Noventia Srl',
    theft: 'identity theft',
    encrypted: 'The information was encrypted to the state of the art and the key was not compromised, so whoever has it cannot read it.',
    notToBeTold: 'The breach register records that the people are not to be told: the breach is not likely to result in a high risk',
    undecided: 'The breach register records no decision yet on telling the people concerned',
  },
  it: {
    duty: 'La legge ci impone di informarLa senza ingiustificato ritardo',
    voluntary: 'Anche se la legge non ce lo impone, desideriamo informarLa di un incidente di sicurezza avvenuto presso Noventia Srl',
    theft: 'furto d’identità',
    encrypted: 'Le informazioni erano cifrate secondo lo stato dell’arte e la chiave non è stata compromessa: chi le detiene non può leggerle.',
    notToBeTold: 'Il registro delle violazioni riporta che gli interessati non devono essere informati: non è probabile che la violazione presenti un rischio elevato',
    undecided: 'Il registro delle violazioni non riporta ancora alcuna decisione sulla comunicazione agli interessati',
  },
} as const;

const INPUTS = {
  en: { 'notice.whatHappened': 'A laptop was stolen from an employee’s car.', 'breach.measuresTaken': 'Remote wipe sent.' },
  it: { 'notice.whatHappened': 'È stato rubato un portatile dall’auto di un dipendente.', 'breach.measuresTaken': 'Cancellazione da remoto inviata.' },
} as const;

const CAUTIONS = ['subjects-not-to-be-told', 'subjects-undecided'];

describe('the notice to the people follows the decision the register records (review 6, F1)', () => {
  const { tmp, call } = letterVault(new Date('2026-12-03T10:00:00+01:00'), NOVENTIA_WITH_CONTACTS);

  const breach = (title: string, facts: Record<string, unknown>) =>
    call<BreachDetail>('breaches.create', { breach: { title, awareAt: AWARE_AT, cause: 'lost-stolen-device', subjectCategories: ['customers'], facts } });
  const notice = async (b: BreachDetail, language: LetterLanguage) => {
    const p = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: b.id, kind: 'subject-notice', language, inputs: INPUTS[language] });
    expect(p.missing.map((m) => m.key), language).toEqual([]);
    return { text: p.pdfBase64 ? pdfText(Buffer.from(p.pdfBase64, 'base64'), tmp.dir) : '', warnings: p.warnings };
  };

  it('on the decision to tell the people (high risk): "the law requires us", the likely consequences, no caution', async () => {
    const told = await breach('Customer accounts taken over', FACTS);
    expect(told.triage?.risk).toBe('high-risk');
    await call('breaches.decide', { id: told.id, decision: { notifyAuthority: true, notifySubjects: true, rationale: 'Accounts taken over by an attacker: high risk of fraud and phishing.' } });
    for (const language of ['en', 'it'] as const) {
      const { text, warnings } = await notice(told, language);
      const w = WORDS[language];
      expect(text, language).toContain(w.duty);
      expect(text, language).not.toContain(w.voluntary);
      expect(text, language).toContain(w.theft);
      expect(warnings.map((c) => c.code).filter((c) => CAUTIONS.includes(c)), language).toEqual([]);
    }
  });

  it('on the decision not to tell them (data encrypted): a voluntary notice stating the encryption, no identity theft, and a caution', async () => {
    const encrypted = await breach('Laptop with an encrypted disk stolen', { ...FACTS, maliciousIntent: false, unintelligible: true });
    expect(encrypted.triage?.risk).not.toBe('high-risk');
    await call('breaches.decide', { id: encrypted.id, decision: { notifyAuthority: false, notifySubjects: false, rationale: 'The disk was encrypted to the state of the art and the key is safe.' } });
    for (const language of ['en', 'it'] as const) {
      const { text, warnings } = await notice(encrypted, language);
      const w = WORDS[language];
      expect(text, language).toContain(w.voluntary);
      expect(text, language).not.toContain(w.duty);
      expect(text, language).toContain(w.encrypted);
      expect(text, language).not.toContain(w.theft);
      expect(warnings.find((c) => c.code === 'subjects-not-to-be-told')?.message[language], language).toContain(w.notToBeTold);
    }
  });

  it('with the Art. 34(3)(a) ground recorded, the caution names it', async () => {
    const exempt = await breach('Backup tape with encrypted data lost', { ...FACTS, maliciousIntent: false });
    await call('breaches.decide', { id: exempt.id, decision: { notifyAuthority: true, notifySubjects: false, art34Exemption: 'a', rationale: 'The tape was encrypted with a key kept apart.' } });
    const { text, warnings } = await notice(exempt, 'it');
    expect(text).toContain(WORDS.it.encrypted);
    expect(warnings.find((c) => c.code === 'subjects-not-to-be-told')?.message.it).toContain('i dati erano incomprensibili a chiunque non fosse autorizzato ad accedervi, ad esempio perché cifrati (art. 34, par. 3, lett. a, GDPR)');
  });

  it('before any decision: a voluntary notice with a caution naming the triage’s recommendation', async () => {
    const undecided = await breach('Customer accounts accessed', FACTS);
    for (const language of ['en', 'it'] as const) {
      const { text, warnings } = await notice(undecided, language);
      const w = WORDS[language];
      expect(text, language).toContain(w.voluntary);
      expect(text, language).not.toContain(w.duty);
      // Consequences from the triage's assessment: a likely high risk keeps the likely consequences.
      expect(text, language).toContain(w.theft);
      const caution = warnings.find((c) => c.code === 'subjects-undecided')?.message[language];
      expect(caution, language).toContain(w.undecided);
      expect(caution, language).toContain(language === 'en' ? 'recommends telling them' : 'raccomandi di informarli');
    }
  });
});
