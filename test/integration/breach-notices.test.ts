import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSummary, LetterInputs, LetterPreview } from '../../electron/shared/document-contract';
import type { BreachDetail, NewBreach } from '../../electron/shared/breaches';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';
import { NOVENTIA_WITH_CONTACTS } from '../support/letter-vault';

/**
 * Breach notices over a real vault: the notification to the authority in each phase and
 * the notice to the people, in English and Italian, read back with pdftotext for the facts
 * each must carry. Set NOTICES_OUT=/tmp/notices to keep the PDFs for looking at.
 */
const OUT = process.env.NOTICES_OUT;
const HOUR = 3_600_000;
const AWARE_AT = '2026-03-27T10:00:00+01:00';
const AWARE_MS = Date.parse(AWARE_AT);

const ORGANISATION = NOVENTIA_WITH_CONTACTS;

/** A credential-stuffing attack on the customer portal: high risk, everything recorded. */
const FULL: NewBreach = {
  title: 'Credential stuffing on the AxiLeads portal',
  awareAt: AWARE_AT,
  description: 'An attacker used passwords leaked elsewhere to log in to 4,800 customer accounts of the AxiLeads portal and read their profiles.',
  cause: 'cyber-attack',
  discoveredAt: '2026-03-27T08:30:00+01:00',
  occurredFrom: '2026-03-25T22:00:00+01:00',
  occurredTo: '2026-03-27T09:15:00+01:00',
  systems: ['AxiLeads customer portal', 'Identity provider'],
  subjectCategories: ['customers'],
  recordsCount: 12_500,
  crossBorder: ['FR', 'DE'],
  processors: ['Amazon Web Services EMEA SARL'],
  facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['identity', 'contact', 'credentials'], subjects: 4800, establishments: ['IT'], affectedCountries: ['IT', 'FR', 'DE'] },
};

const SECURITY = 'Passwords stored with bcrypt; TLS on every connection; login alerts for new devices.';
/** What the Garante's form asks beyond the register: how the breach came to light, and whether the police were told. */
const DISCOVERY = { 'breach.discoveryMethod': 'Login alerts from the identity provider showed thousands of sign-ins from new devices.', 'breach.policeReport': 'Yes: complaint filed with the Polizia Postale on 28 March 2026.' };
const ADDED = ['The number of people concerned (4,800) and of records (12,500) is now known.', 'The people concerned were told by e-mail on 28 March 2026.'];

function pdfText(pdf: Buffer, dir: string, name: string): string {
  const file = join(OUT ?? dir, name);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('breach notices, each kind in English and Italian', () => {
  const tmp = tempDir();
  let clock = AWARE_MS + HOUR;
  const at = (hoursAfterAwareness: number) => (clock = AWARE_MS + hoursAfterAwareness * HOUR);
  const app = appOver(tmp.dir, () => new Date(clock));
  let full: BreachDetail;
  let late: BreachDetail;
  let quick: BreachDetail;

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }
  const preview = (caseId: string, kind: string, language: 'en' | 'it', inputs?: LetterInputs) =>
    call<LetterPreview>('documents.preview', { caseType: 'breach', caseId, kind, language, ...(inputs ? { inputs } : {}) });
  async function text(p: LetterPreview, name: string): Promise<string> {
    expect(p.missing).toEqual([]);
    const pdf = Buffer.from(p.pdfBase64 ?? '', 'base64');
    expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.7');
    const extracted = pdfText(pdf, tmp.dir, `${name}.pdf`);
    expect(extracted).not.toMatch(/undefined|null|NaN|⟦|\{\{/);
    return extracted;
  }

  beforeAll(async () => {
    if (OUT) mkdirSync(OUT, { recursive: true });
    await app.session.create(PASSPHRASE);
    await call('settings.update', { changes: ORGANISATION });
    full = await call<BreachDetail>('breaches.create', { breach: FULL });
    await call('breaches.decide', { id: full.id, decision: { notifyAuthority: true, notifySubjects: true, rationale: 'Credentials and contact data of 4,800 customers in unknown hands' } });
    await call('breaches.addAction', { id: full.id, action: { kind: 'containment', at: '2026-03-27T10:30:00+01:00', who: 'Security team', text: 'Forced a password reset on every affected account' } });
    await call('breaches.addAction', { id: full.id, action: { kind: 'remediation', at: '2026-03-27T10:50:00+01:00', who: 'Security team', text: 'Rate limiting and breached-password screening on the login page' } });
    at(20);
    await call('breaches.addNotification', { id: full.id, notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-03-28T06:00:00+01:00', channel: 'online-procedure', reference: 'Prot. 123/2026', summary: 'Preliminary notice' } });
    at(26);
    await call('breaches.addNotification', { id: full.id, notification: { recipient: 'subjects', channel: 'email', recipientsCount: 4800, sentAt: '2026-03-28T12:00:00+01:00', summary: 'E-mail to each customer' } });

    at(80);
    late = await call<BreachDetail>('breaches.create', {
      breach: { ...FULL, title: 'Payroll export sent to the wrong supplier', cause: 'misdirected-communication', awareAt: '2026-03-27T12:00:00+01:00', subjectCategories: ['employees'], crossBorder: [], processors: [], facts: { ...FULL.facts, confidentiality: 'known-recipients', maliciousIntent: false, dataCategories: ['identity', 'financial'], subjects: 85 } },
    });
    await call('breaches.decide', { id: late.id, decision: { notifyAuthority: true, notifySubjects: false, art34Exemption: 'b', rationale: 'The supplier confirmed deletion in writing' } });
    await call('breaches.addAction', { id: late.id, action: { kind: 'containment', at: '2026-03-27T13:00:00+01:00', who: 'HR', text: 'Supplier asked to delete the file' } });
    await call('breaches.addNotification', {
      id: late.id,
      notification: { recipient: 'authority', phase: 'complete', sentAt: '2026-03-30T17:00:00+02:00', summary: 'Complete notice', delayReasons: 'The supplier confirmed what the file held only on Monday afternoon' },
    });
    quick = await call<BreachDetail>('breaches.create', { breach: { title: 'Suspicious access to a mailbox', awareAt: '2026-03-30T08:00:00+02:00' } });
    // Past the 72 hours of the quick entry too, with no notification sent yet.
    at(150);
  });
  afterAll(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  it('offers both notices for a breach, with the phase as a choice and what each needs', async () => {
    const kinds = await call<{ kind: string; title: { en: string; it: string }; inputs: { key: string; type: string; options?: { value: string }[] }[]; required: { key: string }[] }[]>('documents.kinds', { caseType: 'breach', caseId: full.reference });
    expect(kinds.map((k) => k.kind)).toEqual(['authority-notification', 'subject-notice']);
    expect(kinds[0]?.title).toEqual({ en: 'Notification of personal data breach B-2026-001 to the supervisory authority', it: 'Notifica all’autorità di controllo della violazione di dati personali B-2026-001' });
    const phase = kinds[0]?.inputs.find((i) => i.key === 'notice.phase');
    expect(phase).toMatchObject({ type: 'choice', required: true, options: [{ value: 'preliminary' }, { value: 'complete' }, { value: 'supplementary' }] });
    expect(kinds[1]?.required.map((r) => r.key)).toContain('notice.whatHappened');
  });

  it('notifies the authority as the Garante’s form: supplementary phase, every Art. 33(3) fact, in both languages', async () => {
    const bare = await preview(full.id, 'authority-notification', 'en', { 'notice.phase': 'supplementary', 'breach.securityMeasures': SECURITY });
    expect(bare.missing.map((m) => m.key)).toEqual(['notice.changes', 'breach.discoveryMethod', 'breach.policeReport']);
    const en = await text(await preview(full.id, 'authority-notification', 'en', { 'notice.phase': 'supplementary', 'breach.securityMeasures': SECURITY, 'notice.changes': ADDED, ...DISCOVERY }), 'authority-supplementary.en');
    for (const fact of [
      'Garante per la protezione dei dati personali', 'Piazza Venezia 11', 'Dear Sir or Madam,', 'Article 33 GDPR', 'B-2026-001', 'Supplementary to an earlier notification',
      'Preliminary notification sent on 28 March 2026 at 06:00 CET (+01:00), reference 123/2026', '2. Person notifying', 'Chiara Esposito', 'dpo@noventia.example', '+39 02 1234 5678',
      'Noventia Srl', 'From 25 March 2026 at 22:00 CET (+01:00) to 27 March 2026 at 09:15 CET (+01:00)', '27 March 2026 at 08:30 CET (+01:00)', '27 March 2026 at 10:00 CET (+01:00)', '30 March 2026 at 11:00 CEST (+02:00)',
      'Yes: disclosed to or accessed by unknown recipients', 'bcrypt', 'Cyber-attack (deliberate act)', 'AxiLeads customer portal', 'Amazon Web Services EMEA SARL',
      '4,800', '12,500', 'Customers', 'Login credentials', 'Art. 33(3)(c)', 'unauthorised access to accounts', 'ENISA method, score',
      'Art. 34(1) GDPR', 'Forced a password reset on every affected account', 'Art. 33(3)(d)', 'the people concerned were told on 28 March 2026 at 12:00 CET (+01:00) by e-mail (4,800 people)',
      'France and Germany', 'Yours faithfully,', 'Page 1 of',
      // The authority the triage named: an Italian controller, people in three states (Art. 56(1)).
      'Competent supervisory authority (Art. 55, 56)', 'Garante per la protezione dei dati personali (Italy)', 'the lead supervisory authority, that of the controller’s single establishment in the EU (Art. 56(1))',
      'with the new or corrected information listed in section 1', 'What this notification adds or corrects', 'The number of people concerned (4,800) and of records (12,500) is now known.',
      'Tax code or VAT number IT01234567890', 'Certified e-mail (PEC) noventia@pec.example.it', 'privacy@noventia.example', '+39 02 8765 4321',
      'How it was discovered', 'Login alerts from the identity provider', 'Whether the breach is still ongoing', 'No: it ended on 27 March 2026 at 09:15 CET',
      'Reported to the police or the judicial authority Yes: complaint filed with the Polizia Postale',
    ]) expect(en, fact).toContain(fact);
    expect(en).not.toContain('Not yet known');
    expect(en).not.toContain('Reasons for the delay');

    const it = await text(
      await preview(full.id, 'authority-notification', 'it', {
        'notice.phase': 'supplementary',
        'breach.securityMeasures': SECURITY,
        'notice.changes': ['È ora noto il numero degli interessati (4800) e delle registrazioni (12.500).'],
        'breach.discoveryMethod': 'Gli avvisi del fornitore di identità hanno segnalato migliaia di accessi da nuovi dispositivi.',
        'breach.policeReport': 'Sì: denuncia alla Polizia Postale il 28 marzo 2026.',
      }),
      'authority-supplementary.it',
    );
    for (const fact of [
      'Spettabile Autorità,', 'art. 33 GDPR', 'Integrativa di una notifica precedente', 'Notifica preliminare inviata il 28 marzo 2026 alle ore 06:00 CET (+01:00), protocollo 123/2026',
      'Soggetto che effettua la notifica', 'Titolare del trattamento', 'Responsabile della protezione dei dati (RPD)', 'Dal 25 marzo 2026 alle ore 22:00 CET (+01:00) al 27 marzo 2026 alle ore 09:15 CET (+01:00)',
      'Sì: dati comunicati a destinatari non identificati', 'Attacco informatico (azione intenzionale)', '4.800', '12.500', 'Clienti', 'Credenziali di accesso',
      'art. 33, par. 3, lett. c', 'metodo ENISA', 'art. 34, par. 1, GDPR', 'gli interessati sono stati informati il 28 marzo 2026', 'Francia e Germania', 'Distinti saluti,', 'Pagina 1 di',
      'Autorità di controllo competente (artt. 55 e 56)', 'Garante per la protezione dei dati personali (Italia)', 'l’autorità di controllo capofila, quella dello stabilimento unico del titolare nell’UE (art. 56, par. 1)',
      'Informazioni aggiunte o rettificate con la presente notifica', 'Codice fiscale o partita IVA IT01234567890', 'Posta elettronica certificata (PEC) noventia@pec.example.it', 'Come è stata scoperta', 'Gli avvisi del fornitore di identità',
      'Se la violazione è ancora in corso', 'No: è cessata il 27 marzo 2026 alle ore 09:15 CET', 'Denuncia alle forze di polizia o all’autorità giudiziaria Sì: denuncia alla Polizia Postale',
    ]) expect(it, fact).toContain(fact);
    expect(it).not.toContain('Non ancora noto');
  });

  it('gives the reasons for the delay when the first notification came after 72 hours, and the Art. 34(3) ground for not telling the people', async () => {
    const en = await text(await preview(late.id, 'authority-notification', 'en', { 'notice.phase': 'complete', 'breach.securityMeasures': SECURITY, ...DISCOVERY }), 'authority-late.en');
    // Regenerated after that first (complete) notification went, it says when that one went and how late, not that it is itself late (review 4, D32).
    for (const fact of ['The complete notification of 30 March 2026 at 17:00 CEST (+02:00) was made 76 hours after we became aware of the breach', 'section 13', '13. Reasons for the delay (Art. 33(1))', 'The supplier confirmed what the file held only on Monday afternoon', '30 March 2026 at 13:00 CEST (+02:00)', 'Art. 34(3)(b) GDPR', 'Employees', 'Communication sent to the wrong recipient (accidental)', '85'])
      expect(en, fact).toContain(fact);
    const it = await text(await preview(late.id, 'authority-notification', 'it', { 'notice.phase': 'complete', 'breach.securityMeasures': SECURITY, 'breach.discoveryMethod': 'Il fornitore ha segnalato l’errore.', 'breach.policeReport': 'No.' }), 'authority-late.it');
    for (const fact of ['è stata effettuata 76 ore dopo che si è avuta conoscenza della violazione', '13. Motivi del ritardo (art. 33, par. 1)', 'Monday afternoon', 'art. 34, par. 3, lett. b, GDPR', 'Comunicazione inviata a un destinatario errato (evento accidentale)'])
      expect(it, fact).toContain(fact);
  });

  it('lets a preliminary notification wait for the facts not known yet, and names them for a complete one', async () => {
    const edited = { 'notice.phase': 'preliminary' };
    const missingDescription = await preview(quick.id, 'authority-notification', 'en', edited);
    expect(missingDescription.missing.map((m) => m.key)).toEqual(['breach.description', 'notice.delayReasons']);
    await call('breaches.update', { id: quick.id, changes: { description: 'A staff mailbox sent phishing e-mails to customers overnight.' } });
    const en = await text(await preview(quick.id, 'authority-notification', 'en', { ...edited, 'notice.delayReasons': 'The mailbox logs arrived from the provider only today.' }), 'authority-preliminary.en');
    for (const fact of ['This is a preliminary notification', 'Preliminary (Art. 33(4) GDPR)', 'Not yet known: to follow in a later phase', 'phishing e-mails', 'The mailbox logs arrived'])
      expect(en, fact).toContain(fact);
    const it = await text(await preview(quick.id, 'authority-notification', 'it', { ...edited, 'notice.delayReasons': 'I log sono arrivati solo oggi.' }), 'authority-preliminary.it');
    expect(it).toContain('Non ancora noto: sarà comunicato in una fase successiva');
    // The register's title is the file's label, in whatever language the register is kept: printed only when written for the notification (review 6, F12).
    expect(en).not.toContain('Suspicious access to a mailbox');
    expect(it).not.toContain('Suspicious access to a mailbox');
    const titled = await text(await preview(quick.id, 'authority-notification', 'it', { ...edited, 'notice.delayReasons': 'I log sono arrivati solo oggi.', 'notice.title': 'Accesso sospetto a una casella di posta' }), 'authority-preliminary-title.it');
    expect(titled).toContain('Titolo Accesso sospetto a una casella di posta');
    // The controller's own acts are never "not yet known": no report made, no decision taken yet (review 6, F10).
    expect(en).toContain('Reported to the police or the judicial authority No report made so far');
    expect(en).toContain('Whether, when and how the people were told, or why not Not yet decided: the assessment of the risk to the people is under way.');
    expect(it).toContain('Denuncia alle forze di polizia o all’autorità giudiziaria Nessuna denuncia finora');
    expect(it).toContain('Decisione non ancora presa: è in corso la valutazione del rischio.');
    expect(`${en} ${it}`).not.toMatch(/judicial authority Not yet known|people were told, or why not Not yet known|autorità giudiziaria Non ancora noto|o perché no Non ancora noto/);
    // No Member State recorded for the people: neither "none in other states" nor "they all live there" (lawyer's second review, B14).
    expect(it).toContain('Stabilimento unico del titolare in Italia (art. 55, par. 1); la presenza di interessati in altri Stati membri è in corso di verifica');
    expect(it).not.toContain('Nessuno: non risultano');
    expect(it).not.toContain('gli interessati risiedono in tale Stato');
    expect(en).toContain('whether people in other Member States are concerned is being checked');
    expect(en).not.toContain('None: no people in other');

    const complete = await preview(quick.id, 'authority-notification', 'en', { 'notice.phase': 'complete' });
    expect(complete.pdfBase64).toBeNull();
    expect(complete.missing.map((m) => m.key)).toEqual(expect.arrayContaining(['breach.discoveryMethod', 'breach.ongoing', 'breach.policeReport', 'breach.occurred', 'breach.cause', 'breach.subjects', 'breach.dataCategories', 'breach.severity', 'breach.measuresTaken', 'breach.subjectsCommunication', 'notice.delayReasons']));
    expect(complete.missing.find((m) => m.key === 'breach.cause')?.label).toBe('Cause of the breach (breach register)');
    const supplementary = await preview(quick.id, 'authority-notification', 'it', { 'notice.phase': 'supplementary' });
    expect(supplementary.missing.map((m) => m.key)).toContain('notice.previous');
    const wrong = await app.dispatch('documents.preview', { caseType: 'breach', caseId: quick.id, kind: 'authority-notification', language: 'en', inputs: { 'notice.phase': 'final' } });
    expect(!wrong.ok && wrong.error.issues?.[0]).toMatchObject({ path: 'inputs.notice.phase', message: 'notice.phase must be one of: preliminary, complete, supplementary' });
  });

  it('tells the people in plain words what happened, what it may mean, what was done and what they can do', async () => {
    const untold = await preview(full.id, 'subject-notice', 'en');
    // A follow-up (the register records the people told on 28 March) also asks what has changed since (review 5, E15).
    expect(untold.missing.map((m) => m.key)).toEqual(['notice.whatHappened', 'notice.updates']);
    const en = await text(
      await preview(full.id, 'subject-notice', 'en', {
        'notice.whatHappened': 'Someone signed in to some customer accounts with passwords leaked elsewhere.',
        'breach.measuresProposed': ['We will offer two-step login to every customer.'],
        'notice.updates': ['We now know that 1,200 accounts were accessed.'],
      }),
      'subject-notice.en',
    );
    expect(en).toContain('What we will do next We will offer two-step login to every customer.');
    // A follow-up says so in its subject, so its readers do not take it for a repeat (review 6, F19).
    expect(en).toContain('Update: a security incident involving your personal data');
    expect(en).not.toContain('Important: a security incident');
    for (const fact of [
      // The register records the people told on 28 March: a follow-up to that notice (review 4, D36).
      'To the people whose personal data was involved', 'Dear Customer,', 'Further to our notice of 28 March 2026 by e-mail, we are writing with an update', 'What happened', 'passwords leaked elsewhere', '27 March 2026', 'B-2026-001',
      'Login credentials', 'could expose you to', 'identity theft', 'Forced a password reset', 'Change your password', 'Be wary of unexpected e-mails',
      'Chiara Esposito', 'dpo@noventia.example', '+39 02 1234 5678', 'Article 77', 'https://www.garanteprivacy.it', 'Yours sincerely,',
    ]) expect(en, fact).toContain(fact);
    const it = await text(await preview(full.id, 'subject-notice', 'it', { 'notice.whatHappened': 'Qualcuno è entrato in alcuni account dei clienti con password sottratte altrove.', 'notice.updates': ['Ora sappiamo che sono stati violati 1.200 account.'] }), 'subject-notice.it');
    expect(it).not.toContain('Che cosa faremo');
    expect(it).toContain('Aggiornamento: un incidente di sicurezza che riguarda i Suoi dati personali');
    for (const fact of ['Alle persone i cui dati personali sono stati coinvolti', 'Gentile Cliente,', 'Facendo seguito alla nostra comunicazione del 28 marzo 2026 tramite e-mail', 'Che cosa è successo', '27 marzo 2026', 'Credenziali di accesso', 'esporLa al rischio di', 'Cambi la password', 'art. 77', 'Cordiali saluti,'])
      expect(it, fact).toContain(fact);
  });

  it('finalises a notice into the vault as a version on the breach, audited without personal data', async () => {
    // The register's description is in English: this Italian notification is finalised with that confirmed.
    const request = { caseType: 'breach', caseId: full.reference, kind: 'authority-notification', language: 'it', inputs: { 'notice.phase': 'complete', 'breach.securityMeasures': SECURITY, ...DISCOVERY }, confirmLanguage: true };
    const first = await call<DocumentSummary>('documents.finalise', request);
    const second = await call<DocumentSummary>('documents.finalise', request);
    expect([first.version, second.version]).toEqual([1, 2]);
    expect(first).toMatchObject({ caseType: 'breach', caseId: full.id, kind: 'authority-notification', language: 'it', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string });
    expect((await call<DocumentSummary[]>('documents.list', { caseType: 'breach', caseId: full.id })).map((d) => d.version)).toEqual([2, 1]);
    const detail = await call<BreachDetail>('breaches.get', { id: full.id });
    expect(detail.timeline.filter((t) => t.action === 'breach.notice-finalised')).toHaveLength(2);
    const events = await app.session.db().selectFrom('audit_events').select('data').where('action', '=', 'breach.notice-finalised').execute();
    expect(JSON.parse(events[0]?.data ?? '{}')).toMatchObject({ kind: 'authority-notification', version: 1, sha256: first.sha256 });
    for (const event of events) expect(event.data).not.toMatch(/Credential|Chiara|portal/);
  });

  it('starts the measures in place from the register: the Art. 32 measures of the activities the breach touches, in the register’s order', async () => {
    const before = await preview(full.id, 'authority-notification', 'en', { 'notice.phase': 'complete' });
    expect(before.inputs.find((i) => i.key === 'breach.securityMeasures')?.value).toBeNull();
    const mfa = await call<{ id: string }>('registers.saveMeasure', { measure: { name: 'Two-step login for staff', kind: 'technical', description: 'Every staff account signs in with a second factor.' } });
    const training = await call<{ id: string }>('registers.saveMeasure', { measure: { name: 'Yearly privacy training', kind: 'organisational' } });
    await call<{ id: string }>('registers.saveMeasure', { measure: { name: 'Badge access to the office', kind: 'organisational' } });
    await call('registers.saveActivity', { activity: { name: 'Customer portal accounts', systems: ['Identity provider'], measureIds: [mfa.id, training.id] } });
    const after = await preview(full.id, 'authority-notification', 'en', { 'notice.phase': 'complete' });
    expect(after.inputs.find((i) => i.key === 'breach.securityMeasures')?.value).toBe('Yearly privacy training\nTwo-step login for staff: Every staff account signs in with a second factor.');
  });
});
