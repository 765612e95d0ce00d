import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli as runCommand } from '../support/cli';
import { tempDir } from './temp-vault';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA, NOVENTIA_WITH_CONTACTS, pdfText } from '../support/letter-vault';

/**
 * The notice to the people follows the register's decision (review 6, F1; Art. 34(1), 34(3)(a)
 * GDPR): "the law requires us to tell you" only on a recorded decision to tell them; otherwise a
 * voluntary notice, with the consequences from the register's assessment (the encryption
 * stated) and a caution naming the decision. With no decision yet (review 7, G6) it says nothing
 * about the law either way, states only the breach's facts as what it could mean, and is not
 * finalised (API and CLI) until the decision is recorded. Each notice is generated and read back
 * with pdftotext in English and Italian.
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
    undecidedOpening: 'We are writing to tell you about a security incident at Noventia Srl that involved some of your personal data. We want you to know what happened',
    law: 'the law',
    undecidedConsequences:
      'The information was accessed by, or disclosed to, people who were not entitled to it, whom we have not been able to identify. We are still assessing what the incident could mean for you. We have seen no sign so far that the information has been misused.',
    accounts: 'unauthorised access to accounts',
    held: 'cannot be finalised yet: the breach register records no decision on telling the people concerned',
    recommends: 'recommends telling them',
    record: 'Record the decision on the breach’s page (“Your decision”',
  },
  it: {
    duty: 'La legge ci impone di informarLa senza ingiustificato ritardo',
    voluntary: 'Anche se la legge non ce lo impone, desideriamo informarLa di un incidente di sicurezza avvenuto presso Noventia Srl',
    theft: 'furto d’identità',
    encrypted: 'Le informazioni erano cifrate secondo lo stato dell’arte e la chiave non è stata compromessa: chi le detiene non può leggerle.',
    notToBeTold: 'Il registro delle violazioni riporta che gli interessati non devono essere informati: non è probabile che la violazione presenti un rischio elevato',
    undecidedOpening: 'Le scriviamo per informarLa di un incidente di sicurezza avvenuto presso Noventia Srl che ha coinvolto alcuni Suoi dati personali. Desideriamo che sappia',
    law: ' legge ',
    undecidedConsequences:
      'Le informazioni sono state consultate da persone non autorizzate, che non siamo riusciti a identificare, o sono state loro comunicate. Stiamo ancora valutando che cosa potrebbe comportare l’incidente per Lei. Finora non abbiamo riscontrato alcun segno di uso illecito delle informazioni.',
    accounts: 'accessi non autorizzati agli account',
    held: 'non può ancora essere finalizzata: il registro delle violazioni non riporta alcuna decisione sulla comunicazione agli interessati',
    recommends: 'raccomandi di informarli',
    record: 'Registra la decisione nella pagina della violazione («La tua decisione»',
  },
} as const;

const INPUTS = {
  en: { 'notice.whatHappened': 'A laptop was stolen from an employee’s car.', 'breach.measuresTaken': 'Remote wipe sent.' },
  it: { 'notice.whatHappened': 'È stato rubato un portatile dall’auto di un dipendente.', 'breach.measuresTaken': 'Cancellazione da remoto inviata.' },
} as const;

const CAUTIONS = ['subjects-not-to-be-told', 'subjects-undecided'];

describe('the notice to the people follows the decision the register records (review 6, F1)', () => {
  const { tmp, call, refused } = letterVault(new Date('2026-12-03T10:00:00+01:00'), NOVENTIA_WITH_CONTACTS);

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

  it('before any decision: no word on the law, consequences from the facts only, and finalising refused (review 7, G6)', async () => {
    const undecided = await breach('Customer accounts accessed', FACTS);
    expect(undecided.decision).toBeNull();
    for (const language of ['en', 'it'] as const) {
      const { text, warnings } = await notice(undecided, language);
      const w = WORDS[language];
      expect(text, language).toContain(w.undecidedOpening);
      expect(text, language).not.toContain(w.voluntary);
      expect(text, language).not.toContain(w.duty);
      expect(text, language).not.toContain(w.law);
      // Only the breach's facts: the loss of confidentiality recorded, the assessment under way, no misuse seen; no high-risk list.
      expect(text, language).toContain(w.undecidedConsequences);
      expect(text, language).not.toContain(w.theft);
      expect(text, language).not.toContain(w.accounts);
      const caution = warnings.find((c) => c.code === 'subjects-undecided')?.message[language];
      expect(caution, language).toContain(w.held);
      expect(caution, language).toContain(w.recommends);
      expect(caution, language).toContain(w.record);
    }
    const finalise = await refused('documents.finalise', { caseType: 'breach', caseId: undecided.id, kind: 'subject-notice', language: 'it', inputs: INPUTS.it });
    expect(finalise.code).toBe('ILLEGAL_TRANSITION');
    expect(finalise.message).toContain(WORDS.en.held);
    // Once the decision is recorded, the same notice is the decided one, and is finalised.
    await call('breaches.decide', { id: undecided.id, decision: { notifyAuthority: true, notifySubjects: true, rationale: 'Accounts accessed by an attacker: high risk of fraud and phishing.' } });
    const { text } = await notice(undecided, 'it');
    expect(text).toContain(WORDS.it.duty);
    expect(text).toContain(WORDS.it.theft);
    await call('documents.finalise', { caseType: 'breach', caseId: undecided.id, kind: 'subject-notice', language: 'it', inputs: INPUTS.it });
  });

  it('before any decision, on data recorded as encrypted: the encryption stated, no word on the law', async () => {
    const laptop = await breach('Laptop with an encrypted disk stolen, not yet decided', { ...FACTS, maliciousIntent: false, unintelligible: true });
    for (const language of ['en', 'it'] as const) {
      const { text } = await notice(laptop, language);
      expect(text, language).toContain(WORDS[language].undecidedOpening);
      expect(text, language).toContain(WORDS[language].encrypted);
      expect(text, language).not.toContain(WORDS[language].law);
    }
  });
});

describe('notice --to subjects --finalise on the CLI before any decision (review 7, G6)', () => {
  const tmp = tempDir();
  const vault = join(tmp.dir, 'vault');
  afterAll(() => tmp.cleanup());
  const cli = (argv: string[]) => runCommand(argv, { env: { DPO_DESK_VAULT: vault } });

  it('writes the draft, refuses to finalise it in the user’s language saying what to record, and finalises nothing', async () => {
    expect((await cli(['vault', 'init'])).code).toBe(0);
    for (const [key, value] of Object.entries(NOVENTIA)) expect((await cli(['settings', 'set', key, value])).code, key).toBe(0);
    const facts = join(tmp.dir, 'facts.json');
    writeFileSync(facts, JSON.stringify({ confidentiality: 'known-recipients', integrity: 'none', availability: 'none', dataCategories: ['identity', 'contact', 'communications'] }));
    const add = await cli(['breach', 'add', '--title', 'Support tickets viewed by a former contractor', '--aware-at', new Date(Date.now() - 20 * 3_600_000).toISOString(), '--facts', facts, '--json']);
    expect(add.code, add.stderr).toBe(0);
    const { reference } = JSON.parse(add.stdout) as BreachDetail;
    const sets = ['--set', 'notice.whatHappened=Un ex collaboratore ha consultato alcuni ticket di assistenza.', '--set', 'breach.measuresTaken=Accesso revocato.'];
    const draft = join(tmp.dir, 'draft.pdf');
    const drafted = await cli(['notice', reference, '--to', 'subjects', '--lang', 'it', '--out', draft, ...sets]);
    expect(drafted.code, drafted.stderr).toBe(0);
    const text = pdfText(readFileSync(draft), tmp.dir);
    expect(text).toContain('Le scriviamo per informarLa di un incidente di sicurezza avvenuto presso');
    expect(text).not.toContain('La legge');
    expect(text).not.toContain('non ce lo impone');
    expect(text).toContain('Le informazioni sono state consultate da persone non autorizzate, da noi identificate, o sono state loro comunicate. Stiamo ancora valutando che cosa potrebbe comportare l’incidente per Lei.');
    expect(text).not.toContain('perdita di riservatezza delle comunicazioni private');
    const italian = await cli(['notice', reference, '--to', 'subjects', '--lang', 'it', '--out', join(tmp.dir, 'final.pdf'), ...sets, '--finalise', '--json']);
    expect(italian.code).not.toBe(0);
    expect(italian.stderr).toContain(`La comunicazione agli interessati della violazione ${reference} non può ancora essere finalizzata`);
    const english = await cli(['notice', reference, '--to', 'subjects', '--lang', 'en', '--out', join(tmp.dir, 'final.pdf'), '--set', 'notice.whatHappened=A former contractor viewed support tickets.', '--set', 'breach.measuresTaken=Access revoked.', '--finalise']);
    expect(english.code).not.toBe(0);
    expect(english.stderr).toContain('Record the decision on the breach’s page (“Your decision”: tell the people affected?');
    const shown = JSON.parse((await cli(['breach', 'show', reference, '--json'])).stdout) as BreachDetail;
    expect(shown.notifications).toEqual([]);
  }, 300_000);
});
