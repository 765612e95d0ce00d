import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli as runCommand } from '../support/cli';
import { tempDir } from './temp-vault';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { LetterInputs, LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import { letterVault, NOVENTIA_WITH_CONTACTS, pdfText } from '../support/letter-vault';

/**
 * The supervisory authority's order to tell the people (Art. 34(4) GDPR) as a fact of the
 * register, beside the DPO's decision: recorded with its day and reference, checked (not in the
 * future, not before awareness), audited and removable. With it recorded, the notice to the
 * people is the legal duty it makes ("The law requires us to tell you…") even against a decision
 * not to tell them, which a caution names; the notification to the authority says the people are
 * to be told as it required. Each document is generated and read back with pdftotext, EN and IT.
 */
const AWARE_AT = '2026-11-30T10:00:00+01:00';
const FACTS = { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: false, unintelligible: true, dataCategories: ['identity', 'contact'], subjects: 800, establishments: ['IT'], affectedCountries: ['IT'] } as const;

const WORDS = {
  en: {
    duty: 'The law requires us to tell you without undue delay',
    voluntary: 'Although the law does not require us to, we want to tell you',
    encrypted: 'The information was encrypted to the state of the art',
    caution: 'The breach register records the supervisory authority’s order of 2026-12-02 (reference Prot. 4471/2026) to tell the people concerned (Art. 34(4) GDPR), while the decision recorded is not to tell them',
    authority: 'Not yet: as the supervisory authority required on 2 December 2026 (ref. 4471/2026), the people concerned are to be told without undue delay (Art. 34(4) GDPR).',
  },
  it: {
    duty: 'La legge ci impone di informarLa senza ingiustificato ritardo',
    voluntary: 'Anche se la legge non ce lo impone, desideriamo informarLa',
    encrypted: 'Le informazioni erano cifrate secondo lo stato dell’arte',
    caution: 'Il registro delle violazioni riporta la richiesta dell’autorità di controllo del 2026-12-02 (riferimento Prot. 4471/2026) di comunicare la violazione agli interessati (art. 34, par. 4, GDPR), mentre la decisione registrata è di non informarli',
    authority: 'Non ancora: come richiesto dall’autorità di controllo il 2 dicembre 2026 (rif. 4471/2026), gli interessati saranno informati senza ingiustificato ritardo (art. 34, par. 4, GDPR).',
  },
} as const;

const INPUTS = {
  en: { 'notice.whatHappened': 'A laptop was stolen from an employee’s car.', 'breach.measuresTaken': 'Remote wipe sent.' },
  it: { 'notice.whatHappened': 'È stato rubato un portatile dall’auto di un dipendente.', 'breach.measuresTaken': 'Cancellazione da remoto inviata.' },
} as const;

const AUTHORITY: LetterInputs = { 'notice.phase': 'preliminary', 'notice.delayReasons': 'Not late.' };

describe('the authority’s order to tell the people (Art. 34(4))', () => {
  const { tmp, call, refused } = letterVault(new Date('2026-12-03T10:00:00+01:00'), NOVENTIA_WITH_CONTACTS);

  const preview = (b: BreachDetail, kind: string, language: LetterLanguage, inputs: LetterInputs) =>
    call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: b.id, kind, language, inputs });
  const read = (p: LetterPreview, language: string) => {
    expect(p.missing.map((m) => m.key), language).toEqual([]);
    return pdfText(Buffer.from(p.pdfBase64 ?? '', 'base64'), tmp.dir);
  };

  it('records the order beside a decision not to tell: the notice becomes the legal duty, the encryption still stated, a caution names the order; removing it undoes that', async () => {
    const created = await call<BreachDetail>('breaches.create', { breach: { title: 'Laptop with an encrypted disk stolen', description: 'A laptop was stolen.', awareAt: AWARE_AT, cause: 'lost-stolen-device', subjectCategories: ['customers'], facts: FACTS } });
    const decided = await call<BreachDetail>('breaches.decide', { id: created.id, decision: { notifyAuthority: true, notifySubjects: false, art34Exemption: 'a', rationale: 'The disk was encrypted to the state of the art and the key is safe.' } });
    const ordered = await call<BreachDetail>('breaches.orderSubjects', { id: created.id, expectedVersion: decided.version, order: { orderedOn: '2026-12-02', reference: 'Prot. 4471/2026' } });
    expect(ordered.subjectsOrder).toEqual({ orderedOn: '2026-12-02', reference: 'Prot. 4471/2026' });
    expect(ordered.timeline.map((t) => t.action)).toContain('breach.subjects-ordered');

    for (const language of ['en', 'it'] as const) {
      const w = WORDS[language];
      const notice = await preview(ordered, 'subject-notice', language, INPUTS[language]);
      const text = read(notice, language);
      expect(text, language).toContain(w.duty);
      expect(text, language).not.toContain(w.voluntary);
      // A first notice to the people: its subject opens "Important", not "Update" (review 6, F19).
      expect(text, language).toContain(language === 'en' ? 'Important: a security incident involving your personal data' : 'Importante: un incidente di sicurezza che riguarda i Suoi dati personali');
      expect(text, language).toContain(w.encrypted);
      expect(notice.warnings.map((c) => c.code), language).not.toContain('subjects-not-to-be-told');
      expect(notice.warnings.find((c) => c.code === 'subjects-ordered')?.message[language], language).toContain(w.caution);
      const authority = read(await preview(ordered, 'authority-notification', language, AUTHORITY), language);
      expect(authority, language).toContain(w.authority);
    }

    const cleared = await call<BreachDetail>('breaches.orderSubjects', { id: created.id, order: null });
    expect(cleared.subjectsOrder).toBeNull();
    expect(cleared.timeline.map((t) => t.action)).toContain('breach.subjects-order-cleared');
    const voluntary = await preview(cleared, 'subject-notice', 'en', INPUTS.en);
    expect(read(voluntary, 'en')).toContain(WORDS.en.voluntary);
    expect(voluntary.warnings.map((c) => c.code)).toContain('subjects-not-to-be-told');
  });

  it('with no decision recorded, the order alone makes the duty, with no caution; a notice dated before the order says nothing of the law and is held (review 7, G6)', async () => {
    const created = await call<BreachDetail>('breaches.create', { breach: { title: 'Customer list e-mailed to the wrong address', description: 'A customer list was e-mailed to the wrong address.', awareAt: AWARE_AT, cause: 'misdirected-communication', subjectCategories: ['customers'], facts: { ...FACTS, unintelligible: false } } });
    await call('breaches.orderSubjects', { id: created.id, order: { orderedOn: '2026-12-02' } });
    const ordered = await call<BreachDetail>('breaches.get', { id: created.id });
    expect(ordered.subjectsOrder).toEqual({ orderedOn: '2026-12-02', reference: null });
    const it = await preview(ordered, 'subject-notice', 'it', INPUTS.it);
    expect(read(it, 'it')).toContain(WORDS.it.duty);
    expect(it.warnings.map((c) => c.code).filter((c) => c.startsWith('subjects-'))).toEqual([]);
    const before = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: created.id, kind: 'subject-notice', language: 'en', inputs: INPUTS.en, date: '2026-12-01' });
    expect(read(before, 'en')).toContain('We are writing to tell you about a security incident at');
    expect(read(before, 'en')).not.toContain(WORDS.en.voluntary);
    expect(before.warnings.map((c) => c.code)).toContain('subjects-undecided');
    const authority = read(await preview(ordered, 'authority-notification', 'en', AUTHORITY), 'en');
    expect(authority).toContain('Not yet: as the supervisory authority required on 2 December 2026, the people concerned are to be told without undue delay (Art. 34(4) GDPR).');
  });

  it('refuses an order dated in the future, before awareness or on no real day, naming the field, and records nothing', async () => {
    const created = await call<BreachDetail>('breaches.create', { breach: { title: 'Mailbox accessed', awareAt: AWARE_AT } });
    const future = await refused('breaches.orderSubjects', { id: created.id, order: { orderedOn: '2026-12-04' } });
    expect(future.issues?.[0]).toMatchObject({ path: 'order.orderedOn', message: 'The authority’s order cannot be dated in the future' });
    const early = await refused('breaches.orderSubjects', { id: created.id, order: { orderedOn: '2026-11-29' } });
    expect(early.issues?.[0]).toMatchObject({ path: 'order.orderedOn', message: 'The authority’s order cannot precede the day you became aware of the breach (2026-11-30)' });
    const bad = await refused('breaches.orderSubjects', { id: created.id, order: { orderedOn: '2026-02-31' } });
    expect(bad.issues?.[0]?.path).toBe('order.orderedOn');
    expect((await call<BreachDetail>('breaches.get', { id: created.id })).subjectsOrder).toBeNull();
  });
});

describe('breach subjects-order on the CLI', () => {
  const tmp = tempDir();
  const vault = join(tmp.dir, 'vault');
  afterAll(() => tmp.cleanup());
  const cli = (argv: string[]) => runCommand(argv, { env: { DPO_DESK_VAULT: vault } });

  it('records the order with its day and reference, shows it, refuses a call without a day, and removes it with --clear', async () => {
    expect((await cli(['vault', 'init'])).code).toBe(0);
    const add = await cli(['breach', 'add', '--title', 'Laptop stolen', '--aware-at', new Date(Date.now() - 48 * 3_600_000).toISOString(), '--json']);
    const { reference } = JSON.parse(add.stdout) as BreachDetail;
    const today = new Date().toISOString().slice(0, 10);
    const ordered = await cli(['breach', 'subjects-order', reference, '--ordered-on', today, '--reference', 'Prot. 4471/2026', '--lang', 'en']);
    expect(ordered.stderr).toBe('');
    expect(ordered.stdout).toContain(`Order:      the supervisory authority required on ${today} that the people be told (Art. 34(4)); ref. Prot. 4471/2026`);
    const italian = await cli(['breach', 'show', reference, '--lang', 'it']);
    expect(italian.stdout).toContain(`Richiesta:  l'autorità di controllo ha richiesto il ${today} di informare gli interessati (art. 34, par. 4); rif. Prot. 4471/2026`);
    const missing = await cli(['breach', 'subjects-order', reference, '--lang', 'it']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Indica il giorno della richiesta dell'autorità con --ordered-on YYYY-MM-DD, oppure --clear per eliminarla");
    const cleared = await cli(['breach', 'subjects-order', reference, '--clear', '--json']);
    expect((JSON.parse(cleared.stdout) as BreachDetail).subjectsOrder).toBeNull();
  });
});
