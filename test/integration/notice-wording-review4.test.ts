import { describe, expect, it } from 'vitest';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { Client } from '../../electron/shared/clients';
import type { LetterInputs, LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import { renderText } from '../../electron/core/i18n';
import type { Message } from '../../electron/shared/pure/i18n/message';
import { letterVault, NOVENTIA_NIS2, NOVENTIA_WITH_CONTACTS, pdfText } from '../support/letter-vault';

/**
 * The client notice, the notice to the people, the NIS2 reports and the notices' refusals as
 * the fourth lawyer review asked them to read (D17, D27, D30, D35, D37): each document is
 * generated and read back with pdftotext, in English and Italian; each refusal in both.
 */
const HOUR = 3_600_000;
const AWARE_AT = '2026-03-27T10:00:00+01:00';
const AWARE_MS = Date.parse(AWARE_AT);

const BUCKET = {
  title: 'Exports bucket left public',
  awareAt: AWARE_AT,
  description: 'A storage bucket with CSV exports of account data and of a client’s lead list was readable without authentication.',
  cause: 'human-error',
  occurredFrom: '2026-03-18T09:00:00+01:00',
  subjectCategories: ['customers'],
  facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: false, dataCategories: ['identity', 'contact'], subjects: 900 },
} as const;

/** An error's text in Italian (the English is its `message`). */
const italianOf = (detail: unknown) => renderText('it', detail as Message);

describe('the client notice says what happened in its own words, for the client and in its language (D35)', () => {
  const { tmp, call, refused } = letterVault(new Date(AWARE_MS + 2 * HOUR), NOVENTIA_WITH_CONTACTS);
  const WHAT = {
    en: 'The storage bucket holding your lead list was readable without authentication for nine days.',
    it: 'Il contenitore di archiviazione con il Vostro elenco di contatti è rimasto leggibile senza autenticazione per nove giorni.',
  };

  it('names the text as missing until it is written, then prints it and never the register’s description', async () => {
    const client = await call<Client>('clients.save', { client: { name: 'Rossi Arredamenti Srl', privacyContact: 'privacy@rossi.example', country: 'IT', breachNoticeHours: 24 } });
    const breach = await call<BreachDetail>('breaches.create', { breach: { ...BUCKET, roles: { controllerSide: true, clientIds: [client.id], processorReportedAt: null, nis2Significant: false } } });
    const base = { 'notice.client': client.id, 'notice.followUpBy': 'by 30 March 2026' };
    const preview = (language: LetterLanguage, inputs: LetterInputs) => call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'client-notice', language, inputs });

    for (const language of ['en', 'it'] as const) {
      const bare = await preview(language, base);
      expect(bare.missing.map((m) => m.key)).toEqual(['notice.clientWhatHappened']);
      expect(bare.pdfBase64).toBeNull();
    }
    // The missing field is named in the notice's language; the refusal in the reader's.
    const english = await refused('documents.finalise', { caseType: 'breach', caseId: breach.id, kind: 'client-notice', language: 'en', inputs: base });
    expect(english.message).toBe('Fill these before generating the notice: What happened, written for the client (not the register’s description), in the notice’s language [notice.clientWhatHappened]');
    const finalise = await refused('documents.finalise', { caseType: 'breach', caseId: breach.id, kind: 'client-notice', language: 'it', inputs: base });
    expect(italianOf(finalise.detail)).toBe(
      'Compila questi campi prima di generare la comunicazione: Che cosa è successo, scritto per il cliente (non la descrizione del registro), nella lingua della comunicazione [notice.clientWhatHappened]',
    );

    for (const language of ['en', 'it'] as const) {
      const written = await preview(language, { ...base, 'notice.clientWhatHappened': WHAT[language] });
      const text = pdfText(Buffer.from(written.pdfBase64 ?? '', 'base64'), tmp.dir);
      expect(text).toContain(`${language === 'en' ? 'What happened' : 'Che cosa è successo'} ${WHAT[language]}`);
      expect(text).not.toContain('CSV exports of account data');
      expect(written.warnings.map((w) => w.code)).not.toContain('language-mix');
    }
    // Text in the other language is still caught: the language-mix caution names the field.
    const mixed = await preview('it', { ...base, 'notice.clientWhatHappened': WHAT.en });
    const warning = mixed.warnings.find((w) => w.code === 'language-mix');
    expect(warning?.field).toBe('notice.clientWhatHappened');
    // A notice is called a notice there too (D27 a), and finalising waits for the confirmation.
    expect(warning?.message.it).toBe('“Che cosa è successo, scritto per il cliente (non la descrizione del registro), nella lingua della comunicazione” sembra scritto in inglese, ma questa comunicazione è in italiano.');
    const unconfirmed = await refused('documents.finalise', { caseType: 'breach', caseId: breach.id, kind: 'client-notice', language: 'it', inputs: { ...base, 'notice.clientWhatHappened': WHAT.en } });
    expect(unconfirmed.message).toMatch(/^This notice is in Italian, but text in it looks written in English: “What happened, written for the client/);
    expect(italianOf(unconfirmed.detail)).toMatch(/^Questa comunicazione è in italiano, ma vi compare testo che sembra scritto in inglese: «Che cosa è successo, scritto per il cliente/);
  });
});

describe('the notice to the people greets them by the one kind of people recorded, else neutrally (D17)', () => {
  const { tmp, call } = letterVault(new Date(AWARE_MS + 20 * HOUR), NOVENTIA_WITH_CONTACTS);
  const INPUTS = {
    en: { 'notice.whatHappened': 'A storage bucket with some of your details could be read without a password.', 'breach.measuresTaken': 'Bucket made private.' },
    it: { 'notice.whatHappened': 'Un archivio con alcuni Suoi dati era leggibile senza password.', 'breach.measuresTaken': 'Archivio reso privato.' },
  };
  async function opening(categories: string[], language: LetterLanguage): Promise<string> {
    const breach = await call<BreachDetail>('breaches.create', { breach: { ...BUCKET, subjectCategories: categories } });
    const p = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'subject-notice', language, inputs: INPUTS[language] });
    expect(p.missing).toEqual([]);
    const text = pdfText(Buffer.from(p.pdfBase64 ?? '', 'base64'), tmp.dir);
    const subject = language === 'en' ? 'involving your personal data ' : 'riguarda i Suoi dati personali ';
    return text.slice(text.indexOf(subject) + subject.length).split(',')[0] ?? '';
  }

  it('"Gentile Cliente" only to customers; staff as colleagues; several kinds or none recorded: the neutral greeting', async () => {
    expect(await opening(['customers'], 'it')).toBe('Gentile Cliente');
    expect(await opening(['employees'], 'it')).toBe('Gentile Collega');
    expect(await opening(['customers', 'employees'], 'it')).toBe('Gentile interessata');
    expect(await opening(['customers', 'prospects'], 'en')).toBe('Dear Sir or Madam');
    expect(await opening([], 'it')).toBe('Gentile interessata');
    const breach = await call<BreachDetail>('breaches.create', { breach: { ...BUCKET, subjectCategories: ['prospects', 'customers'] } });
    const p = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'subject-notice', language: 'it', inputs: INPUTS.it });
    expect(pdfText(Buffer.from(p.pdfBase64 ?? '', 'base64'), tmp.dir)).toContain('Gentile interessata, gentile interessato,');
  });
});

/** What happened, written for the CSIRT in the report's language (review 4, D35). */
const CSIRT_TEXT = { en: 'A bucket policy change left the exports readable.', it: 'Una modifica della policy del bucket ha reso leggibili le esportazioni.' } as const;

describe('NIS2 reports: the CSIRT greeted by name, the indicators row always there, the intermediate report after the request, the role in the report’s language (D30, D37)', () => {
  const { tmp, call, refused } = letterVault(new Date(AWARE_MS + 50 * HOUR), { ...NOVENTIA_WITH_CONTACTS, ...NOVENTIA_NIS2 });
  let breach: BreachDetail;
  const report = async (language: LetterLanguage, inputs: LetterInputs, date?: string) => {
    const p = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language, inputs: { 'csirt.whatHappened': CSIRT_TEXT[language], ...inputs }, ...(date ? { date } : {}) });
    expect(p.missing, language).toEqual([]);
    // pdftotext reads a table's columns apart: its rows are checked as "label value", the rest as read from the PDF.
    const rows = p.body.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => `${r.label} ${r.value.replace(/\s+/g, ' ')}`) : []));
    return `${pdfText(Buffer.from(p.pdfBase64 ?? '', 'base64'), tmp.dir)} ${rows.join(' | ')}`;
  };
  const NOTIFICATION = { 'csirt.phase': 'notification', 'csirt.assessment': 'A deployment changed the bucket policy.', 'csirt.impact': 'Low: no service interruption.' };

  it('opens "Spettabile CSIRT Italia," with no bracket, and always prints the indicators of compromise the opening promises', async () => {
    breach = await call<BreachDetail>('breaches.create', { breach: { ...BUCKET, roles: { controllerSide: true, clientIds: [], processorReportedAt: null, nis2Significant: true } } });
    await call('breaches.nis2Report', { breachId: breach.id, stage: 'early-warning', sentAt: '2026-03-27T20:00:00+01:00', reference: 'PN-7731' });
    const it = await report('it', NOTIFICATION);
    expect(it).toContain('Spettabile CSIRT Italia, ');
    expect(it).not.toMatch(/Spettabile [^,]*\(/);
    // The address block still names the Agency.
    expect(it).toContain('CSIRT Italia (Agenzia per la cybersicurezza nazionale)');
    expect(it).toContain('ove disponibili, gli indicatori di compromissione');
    expect(it).toContain('Indicatori di compromissione Nessuno disponibile');
    const en = await report('en', NOTIFICATION);
    // In English a body is greeted "Dear Sir or Madam," (review 6, F19).
    expect(en).toContain('Dear Sir or Madam,');
    expect(en).not.toContain('Dear CSIRT Italia');
    expect(en).toContain('Indicators of compromise None available');
    const given = await report('en', { ...NOTIFICATION, 'csirt.indicators': ['203.0.113.7 (listing requests)'] });
    expect(given).toContain('Indicators of compromise 203.0.113.7 (listing requests)');
    expect(given).not.toContain('None available');
  });

  it('prints the CSIRT contact’s role in the report’s language, a job title recorded beside it kept', async () => {
    const en = await report('en', NOTIFICATION);
    expect(en).toContain('Luca Bianchi, CSIRT contact');
    expect(en).not.toContain('Referente CSIRT');
    const it = await report('it', NOTIFICATION);
    expect(it).toContain('Luca Bianchi, Referente CSIRT');
    expect(it).not.toContain('CSIRT contact');
    await call('settings.update', { changes: { 'nis2.contactRole': 'Head of IT security' } });
    expect(await report('en', NOTIFICATION)).toContain('Luca Bianchi, CSIRT contact, Head of IT security');
    await call('settings.update', { changes: { 'nis2.contactRole': null } });
    expect(await report('it', NOTIFICATION)).toContain('Luca Bianchi, Referente CSIRT');
    await call('settings.update', { changes: { 'nis2.contactRole': NOVENTIA_NIS2['nis2.contactRole'] } });
  });

  it('takes the CSIRT’s request date as a date and refuses an intermediate report dated before it, in English and Italian', async () => {
    await call('breaches.nis2Report', { breachId: breach.id, stage: 'notification', sentAt: '2026-03-28T12:00:00+01:00' });
    const INTERMEDIATE = { 'csirt.phase': 'intermediate', 'csirt.whatHappened': CSIRT_TEXT.it, 'csirt.assessment': 'Policy change.', 'csirt.request': 'E-mail ref. CSIRT-IT 9012', 'csirt.updates': ['Access logs reviewed.'] };
    const undated = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'it', inputs: INTERMEDIATE });
    expect(undated.missing.map((m) => m.key)).toEqual(['csirt.requestDate']);
    // A report dated after its clock ran out is warned as a notice, not a letter.
    const late = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'it', inputs: { 'csirt.phase': 'notification', 'csirt.assessment': 'x', 'csirt.impact': 'y', 'csirt.lateReasons': 'z' }, date: '2026-03-31' });
    expect(late.warnings.find((w) => w.code === 'dated-after-deadline')?.message.it).toMatch(/^Questa comunicazione è datata 31 marzo 2026, dopo le 72 ore/);
    const early = await refused('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'en', inputs: { ...INTERMEDIATE, 'csirt.requestDate': '2026-03-29' }, date: '2026-03-28' });
    expect(early.code).toBe('VALIDATION');
    expect(early.message).toBe('The notice cannot be dated Sat 28 Mar 2026: the CSIRT’s request that this intermediate report answers was made on Sun 29 Mar 2026');
    expect(italianOf(early.detail)).toBe('La comunicazione non può recare la data sab 28 mar 2026: la richiesta del CSIRT a cui risponde questa relazione intermedia è stata formulata il dom 29 mar 2026');
    const onTheDay = await report('en', { ...INTERMEDIATE, 'csirt.requestDate': '2026-03-29' }, '2026-03-29');
    expect(onTheDay).toContain('Date of the CSIRT’s request 29 March 2026');
    expect(onTheDay).toContain('Due On request of the CSIRT of 29 March 2026');
    expect(onTheDay).toContain('The CSIRT’s request E-mail ref. CSIRT-IT 9012');
    expect(await report('it', { ...INTERMEDIATE, 'csirt.requestDate': '2026-03-29' }, '2026-03-29')).toContain('Data della richiesta del CSIRT 29 marzo 2026');
    expect(await report('it', { ...INTERMEDIATE, 'csirt.requestDate': '2026-04-08' }, '2026-04-08')).toContain('Termine Su richiesta del CSIRT dell’8 aprile 2026');
    const notADay = await refused('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'en', inputs: { ...INTERMEDIATE, 'csirt.requestDate': '29/03/2026' } });
    expect(notADay.message).toBe('csirt.requestDate must be a date written YYYY-MM-DD');
  });

  it('refuses a second early warning in words that fit an incident: "ne è prevista una sola", the date in full, the intermediate report only if asked, the flags marked (D27 c–e, g)', async () => {
    const second = await refused('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'en', inputs: { 'csirt.phase': 'early-warning' } });
    expect(second.message).toBe(
      `An early warning of incident ${breach.reference} was already sent on Friday 27 March 2026 at 20:00 (ref. PN-7731): only one is provided for (Article 25(5)(a) of Legislative Decree No. 138/2024). Generate the incident notification (Article 25(5)(b); \`--phase notification\`) or, if CSIRT Italia asked for one, an intermediate report (Article 25(5)(c); \`--phase intermediate\`).`,
    );
    const italian = italianOf(second.detail);
    expect(italian).toBe(
      `Per l’incidente ${breach.reference} è già stata trasmessa una pre-notifica venerdì 27 marzo 2026 alle ore 20:00 (rif. PN-7731): ne è prevista una sola (art. 25, comma 5, lett. a), del D.Lgs. 138/2024). Genera la notifica dell’incidente (art. 25, comma 5, lett. b); \`--phase notification\`) o, se il CSIRT Italia l’ha richiesta, una relazione intermedia (art. 25, comma 5, lett. c); \`--phase intermediate\`).`,
    );
    expect(italian).not.toMatch(/violazione|ve ne è|fase (notification|intermediate)/);
    // The final report while the incident goes on: "per l’incidente", the phase as the flag is written.
    const final = await refused('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'it', inputs: { 'csirt.phase': 'final' } });
    expect(italianOf(final.detail)).toContain(`Nessuna relazione finale per l’incidente ${breach.reference}`);
    expect(italianOf(final.detail)).toContain('Trasmetti la relazione sui progressi (`--phase progress`)');
    expect(final.message).toContain(`No final report yet for incident ${breach.reference}`);
  });
});

describe('the notices’ refusals call them notices, list unknown fields once, and give an example date after the notice’s own (D27 a, b)', () => {
  const { call, refused } = letterVault(new Date(AWARE_MS + 2 * HOUR), NOVENTIA_WITH_CONTACTS);

  it('"Fill these before generating the notice", the example day three days after the notice’s date, elided in Italian', async () => {
    const client = await call<Client>('clients.save', { client: { name: 'Blu Mobility SpA', privacyContact: 'privacy@blu.example', country: 'IT', breachNoticeHours: 24 } });
    const breach = await call<BreachDetail>('breaches.create', { breach: { ...BUCKET, awareAt: '2026-03-04T10:00:00+01:00', occurredFrom: '2026-03-01T09:00:00+01:00', roles: { controllerSide: true, clientIds: [client.id], processorReportedAt: null, nis2Significant: false } } });
    const inputs = { 'notice.client': client.id, 'notice.clientWhatHappened': 'The bucket with your lead list was public.' };
    const on5March = await refused('documents.finalise', { caseType: 'breach', caseId: breach.id, kind: 'client-notice', language: 'en', inputs, date: '2026-03-05' });
    expect(on5March.message).toBe('Fill these before generating the notice: When the rest will follow (e.g. by 8 March 2026, 12:00) [notice.followUpBy]');
    const italian = await refused('documents.finalise', { caseType: 'breach', caseId: breach.id, kind: 'client-notice', language: 'it', inputs, date: '2026-03-05' });
    expect(italianOf(italian.detail)).toBe('Compila questi campi prima di generare la comunicazione: Quando seguirà il resto (es. entro l’8 marzo 2026, ore 12:00) [notice.followUpBy]');
    // Dated later, the example moves with it: never a day already past.
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'client-notice', language: 'it', inputs, date: '2026-03-27' });
    expect(preview.missing.find((m) => m.key === 'notice.followUpBy')?.label).toBe('Quando seguirà il resto (es. entro il 30 marzo 2026, ore 12:00)');
    expect(preview.inputs.find((i) => i.key === 'notice.followUpBy')?.label).toEqual({
      en: 'When the rest will follow (e.g. by 30 March 2026, 12:00)',
      it: 'Quando seguirà il resto (es. entro il 30 marzo 2026, ore 12:00)',
    });
  });

  it('names unknown inputs once, then the notice’s fields once', async () => {
    const breach = await call<BreachDetail>('breaches.create', { breach: BUCKET });
    const unknown = await refused('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'subject-notice', language: 'en', inputs: { 'foo.bar': 'x', 'baz.qux': 'y' } });
    expect(unknown.message).toBe(
      'This notice has no fields foo.bar, baz.qux; its fields are: notice.greeting, notice.whatHappened, notice.updates, breach.consequences, breach.measuresTaken, breach.measuresProposed, notice.advice',
    );
    expect(unknown.message.match(/notice\.greeting/g)).toHaveLength(1);
    expect(italianOf(unknown.detail)).toBe(
      'Questa comunicazione non ha i campi foo.bar, baz.qux; i suoi campi sono: notice.greeting, notice.whatHappened, notice.updates, breach.consequences, breach.measuresTaken, breach.measuresProposed, notice.advice',
    );
    const one = await refused('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'subject-notice', language: 'en', inputs: { 'foo.bar': 'x' } });
    expect(one.message).toMatch(/^This notice has no field foo\.bar; its fields are: notice\.greeting/);
  });
});
