import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { demoApi } from '../../electron/core/demo/demo-api';
import { seedDemoRegisters } from '../../electron/core/demo/demo-registers';
import { parseReportRange } from '../../electron/core/reports/report-range';
import { writeAuditReportPdf } from '../../electron/core/reports/report-pdf/write-audit-report-pdf';
import type { LetterPreview } from '../../electron/shared/document-contract';
import { call, openDesk, type DeskApp } from './dashboard-seed';

/** Shots of the exported register go here (outside the repository) when the folder can be made. */
const SHOTS = process.env.REGISTER_SHOTS;

const auditCount = async (app: DeskApp) =>
  (await app.session.db().selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

const pdfText = (pdf: Buffer, dir: string) => {
  const file = join(dir, `register-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return { file, text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ') };
};

describe('the registers: activities, processors, transfers, DPIA screening, and the cases that use them', () => {
  let app: DeskApp;
  let activities: Map<string, string>;

  beforeAll(async () => {
    app = await openDesk();
    await call(app, 'settings.update', {
      changes: {
        'organisation.name': 'Noventia Srl',
        'organisation.address': 'Via Privata Bernardo Rucellai 12, 20126 Milano MI, Italia',
        'organisation.dpoName': 'Chiara Esposito',
        'organisation.dpoEmail': 'dpo@noventia.example',
        'organisation.authorityName': 'Garante per la protezione dei dati personali',
        'organisation.authorityAddress': 'Piazza Venezia 11, 00187 Roma',
        'organisation.authorityWebsite': 'https://www.garanteprivacy.it',
      },
    });
    activities = await seedDemoRegisters(demoApi(createDispatch(app.handlers)), '2026-04-10');
  });
  afterAll(async () => {
    await app.dispose();
    app.tmp.cleanup();
  });

  it('keeps the demo company’s register, with findings an inspector would ask about', async () => {
    const registers = await call(app, 'registers.get', {});
    expect(registers.activities).toHaveLength(13);
    expect(registers.activities.filter((a) => a.role === 'processor').map((a) => a.reference)).toEqual(['PA-012', 'PA-013']);
    expect(registers.processors).toHaveLength(9);
    expect(registers.transfers.every((t) => t.country === 'US' && t.ground === 'scc')).toBe(true);
    expect(registers.measures).toHaveLength(10);
    expect(registers.findings.processorsWithoutContract.map((p) => p.name)).toEqual(['HubSpot Ireland Ltd']);
    expect(registers.findings.activitiesWithoutLegalBasis).toEqual([]);
    expect(registers.findings.transfersWithoutSafeguard).toEqual([]);
    const lead = registers.activities.find((a) => a.name === 'Sales prospects and lead scoring');
    expect(lead).toMatchObject({ dpiaStatus: 'completed', dpiaScreening: { indicated: true, outcome: 'required', dpiaFile: 'DPIA/2025-lead-scoring.pdf' } });
    const zendesk = registers.processors.find((p) => p.name === 'Zendesk, Inc.');
    expect(registers.processors.find((p) => p.name === 'Amazon Web Services, Inc.')?.parentId).toBe(zendesk?.id);
    expect(zendesk).toMatchObject({ dpaSignedOn: '2024-12-16', lastReviewedOn: '2025-03-26', nextReview: '2026-03-26' });
    expect(registers.findings.overdueReviews.map((r) => r.name)).toContain('Zendesk, Inc.');
    expect((await verifyAuditChain(app.session.db())).ok).toBe(true);
    const events = await app.session.db().selectFrom('audit_events').select('action').where('action', 'like', 'register.%').execute();
    expect(events.filter((e) => e.action === 'register.activity-added')).toHaveLength(13);
    expect(events.filter((e) => e.action === 'register.dpia-screened')).toHaveLength(2);
  });

  it('refuses an activity that breaks Art. 9 or Art. 30(2), or names what the register lacks', async () => {
    const special = await app.dispatch('registers.saveActivity', { activity: { name: 'Health survey', specialCategories: true, purposes: [{ purpose: 'Wellbeing', legalBasis: 'consent' }] } });
    expect(!special.ok && special.error.issues).toContainEqual({ path: 'activity.purposes.0.art9Condition', message: 'Special categories need an Art. 9(2) condition' });
    const processor = await app.dispatch('registers.saveActivity', { activity: { role: 'processor', name: 'Hosting for clients' } });
    expect(!processor.ok && processor.error.issues?.[0]?.path).toBe('activity.controllers');
    const unknown = await app.dispatch('registers.saveActivity', { activity: { name: 'X', processorIds: ['nope'] } });
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'VALIDATION', message: 'No processor with id nope' });
    const scc = await app.dispatch('registers.saveTransfer', { transfer: { recipient: 'Acme Inc.', country: 'us', ground: 'scc' } });
    expect(!scc.ok && scc.error.issues?.[0]).toEqual({ path: 'transfer.sccModule', message: 'Say which SCC module applies' });
  });

  it('imports a register in the Garante’s layout, or nothing at all with each problem by row and column', async () => {
    const before = await auditCount(app);
    const bad = [
      'Trattamento;Finalità;Categorie di interessati;Responsabili;Ultima revisione;Colore',
      'Webinar;Registrazione: contract;Partecipanti;;;',
    ].join('\n');
    expect(await call(app, 'registers.import', { csv: bad })).toEqual({
      imported: 0,
      issues: [{ row: 1, column: 'Colore', message: expect.stringContaining('Unknown column'), detail: { key: 'msg.error.register.import.unknownColumn', params: { columns: expect.any(String) as string } } }],
    });
    const rows = [
      'Trattamento;Finalità;Categorie di interessati;Responsabili;Ultima revisione;Numero di interessati',
      'Webinar;Registrazione: contract|Follow-up: f;Partecipanti;Zendesk, Inc.;2026-01-15;300',
      ';Senza nome: contract;;;;',
      'Eventi;Inviti: perché sì;Ospiti;Mailchimp;2026-02-30;tanti',
    ].join('\n');
    const result = await call(app, 'registers.import', { csv: rows });
    expect(result.imported).toBe(0);
    // Each problem is also a catalogue message for the reader's language (register-import-messages.test.ts).
    expect(result.issues.map((issue) => issue.detail.key)).toEqual([
      'msg.error.required',
      'msg.error.register.import.needsBasis',
      'msg.error.register.import.wholeNumber',
      'msg.error.register.import.notProcessor',
      'msg.error.invalid',
    ]);
    expect(result.issues.map(({ row, column, message }) => ({ row, column, message }))).toEqual([
      { row: 3, column: 'name', message: 'Fill this in' },
      { row: 4, column: 'purposes', message: expect.stringContaining('needs a legal basis') },
      { row: 4, column: 'subjects_estimate', message: 'Write a whole number' },
      { row: 4, column: 'processors', message: 'Mailchimp is not a processor in the register; add it first' },
      { row: 4, column: 'last_review', message: 'Write the date as YYYY-MM-DD' },
    ]);
    expect(await auditCount(app)).toBe(before);
    expect((await call(app, 'registers.get', {})).activities).toHaveLength(13);

    const good = await call(app, 'registers.import', { csv: rows.split('\n').slice(0, 2).join('\n') + '\nEventi;Inviti: consent;Ospiti;;;\n' });
    expect(good).toEqual({ imported: 2, issues: [] });
    const webinar = (await call(app, 'registers.get', {})).activities.find((a) => a.name === 'Webinar');
    expect(webinar).toMatchObject({
      reference: 'PA-014',
      purposes: [{ purpose: 'Registrazione', legalBasis: 'contract' }, { purpose: 'Follow-up', legalBasis: 'legitimate-interests' }],
      subjectCategories: ['Partecipanti'],
      subjectsEstimate: 300,
      lastReviewedOn: '2026-01-15',
      nextReview: '2027-01-15',
    });
  });

  it('exports CSV that imports back onto the same activities', async () => {
    const file = await call(app, 'registers.export', { format: 'csv', language: 'en' });
    const csv = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFreference,role,name,description,purposes,art9_condition,special_categories,data_subjects,data_categories,breach_categories,source,recipients,processors,transfers,retention,measures,systems,owner,dpia_status,controllers,processing_categories,automated_decisions,subjects_estimate,last_review,review_every_months');
    const count = (await call(app, 'registers.get', {})).activities.length;
    expect(await call(app, 'registers.import', { csv })).toEqual({ imported: count, issues: [] });
    const after = await call(app, 'registers.get', {});
    expect(after.activities).toHaveLength(count);
    const payroll = after.activities.find((a) => a.name === 'Personnel and payroll');
    expect(payroll?.breachCategories).toContain('health');
    expect(payroll?.purposes[0]).toMatchObject({ art9Condition: 'employment-social-security' });
    expect(after.activities.find((a) => a.role === 'processor')?.controllers[0]).toEqual({ name: 'Rossi Arredamenti Srl', contact: 'privacy@rossiarredamenti.it' });
  });

  it('fills the access response’s Art. 15(1)(a)–(h) from the activities a request names', async () => {
    const request = await call(app, 'requests.create', {
      request: { regime: 'gdpr', types: ['access'], receivedAt: '2026-04-01T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' },
    });
    const named = ['Client accounts and service provision', 'Customer support'].map((n) => activities.get(n) ?? '');
    await call(app, 'registers.setCaseLinks', { caseType: 'request', caseId: request.id, activityIds: named, processorIds: [] });
    const value = (p: LetterPreview, key: string) => p.inputs.find((i) => i.key === key)?.value;
    const en = await call(app, 'documents.preview', { caseId: request.id, kind: 'access-response', language: 'en' });
    expect(value(en, 'access.purposes')).toEqual([
      'Providing the AxiLeads platform under the subscription — performance of a contract (Art. 6(1)(b))',
      'Securing accounts and the service — legitimate interests (Art. 6(1)(f))',
      'Answering support tickets and chats — performance of a contract (Art. 6(1)(b))',
    ]);
    expect(value(en, 'access.recipients')).toContain('Zendesk, Inc. (Customer support ticketing and chat)');
    expect(value(en, 'access.transfers')).toBe('Zendesk, Inc. (United States): standard contractual clauses (Art. 46(2)(c)), module 2, controller to processor');
    expect(value(en, 'access.retention')).toBe('Client accounts and service provision: For the contract and 3 years after it ends; Customer support: 2 years after the ticket is closed');
    expect(value(en, 'access.automatedDecisions')).toContain('No decision based solely on automated processing');
    expect(en.missing.map((m) => m.key)).toEqual(['access.enclosures']);
    const it = await call(app, 'documents.preview', { caseId: request.id, kind: 'access-response', language: 'it' });
    expect(value(it, 'access.transfers')).toBe('Zendesk, Inc. (Stati Uniti): clausole contrattuali tipo (art. 46, par. 2, lett. c), modulo 2, da titolare a responsabile');
    const withCopy = await call(app, 'documents.preview', { caseId: request.id, kind: 'access-response', language: 'en', inputs: { 'access.enclosures': ['giulia-export.json'] } });
    const { text } = pdfText(Buffer.from(withCopy.pdfBase64 ?? '', 'base64'), app.tmp.dir);
    expect(text).toContain('Answering support tickets and chats');
    expect(text).toContain('Zendesk, Inc. (United States)');
  });

  it('starts a breach’s facts from the systems and processors it names, with who must notify whom by when', async () => {
    const breach = await call(app, 'breaches.create', { breach: { title: 'Support tickets exposed', awareAt: '2026-04-09T10:00:00+02:00', systems: ['zendesk'] } });
    const zendesk = (await call(app, 'registers.get', {})).processors.find((p) => p.name === 'Zendesk, Inc.')?.id ?? '';
    await call(app, 'registers.setCaseLinks', { caseType: 'breach', caseId: breach.id, activityIds: [activities.get('Lead data hosted and processed for clients') ?? ''], processorIds: [zendesk] });
    const facts = await call(app, 'registers.breachFacts', { breachId: breach.id });
    expect(facts.dataCategories).toEqual(['identity', 'contact', 'communications', 'behavioural']);
    expect(facts.subjects).toBe(2_500_000);
    expect(facts.processors).toEqual(['Zendesk, Inc.']);
    expect(facts.duties).toEqual([
      { party: 'Zendesk, Inc.', notifies: 'us', hours: 24 },
      { party: 'Rossi Arredamenti Srl', notifies: 'controller', hours: null },
      { party: 'Blu Mobility SpA', notifies: 'controller', hours: null },
      { party: 'Every other client under the AxiLeads DPA', notifies: 'controller', hours: null },
    ]);
    expect(await call(app, 'registers.caseLinks', { caseType: 'breach', caseId: breach.id })).toEqual({ activityIds: [activities.get('Lead data hosted and processed for clients')], processorIds: [zendesk] });
  });

  it('exports the register as a tagged PDF/A in English and Italian', async () => {
    for (const [language, words] of [
      ['en', ['Record of processing activities', 'Activities as controller (Art. 30(1))', 'Activities as processor (Art. 30(2))', 'Noventia Srl', 'standard contractual clauses', 'Page 1 of']],
      ['it', ['Registro delle attività di trattamento', 'Attività in qualità di responsabile (art. 30, par. 2)', 'clausole contrattuali tipo', 'Stati Uniti', 'Pagina 1 di']],
    ] as const) {
      const file = await call(app, 'registers.export', { format: 'pdf', language });
      const pdf = Buffer.from(file.base64, 'base64');
      expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.7');
      const { file: path, text } = pdfText(pdf, app.tmp.dir);
      for (const word of words) expect(text, language).toContain(word);
      expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Tagged: +yes/);
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        writeFileSync(join(SHOTS, `register-${language}.pdf`), pdf);
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', path, join(SHOTS, `register-${language}`)]);
      }
    }
  });

  it('gives the audit report a register section with what the register lacks', async () => {
    const path = join(app.tmp.dir, 'audit.pdf');
    await writeAuditReportPdf(app.session.db(), path, { range: parseReportRange('2026-01-01', '2026-03-31'), now: new Date(app.clock.ms), language: 'en' });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('5. Registers (Arts. 28, 30, 33(5), 44–49)');
    expect(text).toContain('Processors without an Art. 28 contract 1 HubSpot Ireland Ltd');
    expect(text).toMatch(/Reviews overdue \d+ /);
  });

  it('puts every register entry’s next review in Deadlines, and reminds of it', async () => {
    const page = await call(app, 'deadlines.calendar', { from: '2026-03-01', to: '2026-03-31', kinds: ['register-review'] });
    expect(page.items.map((i) => [i.date, i.title, i.overdue])).toContainEqual(['2026-03-26', 'Zendesk, Inc.', true]);
    expect(page.items.every((i) => i.kind === 'register-review' && i.caseType === 'register')).toBe(true);
    await call(app, 'deadlines.updatePreferences', { changes: { timeOfDay: '00:00' } });
    await call(app, 'reminders.run', {});
    app.clock.ms = Date.parse('2026-06-09T08:00:00Z');
    await call(app, 'reminders.run', {});
    const notifications = await call(app, 'notifications.list', {});
    expect(notifications.rows.some((n) => n.kind === 'register-review')).toBe(true);
  });
});
