import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlainDatabase } from '../../db/connection';
import { createKysely } from '../../db/kysely';
import { migrateToLatest } from '../../db/migrate';
import type { Database } from '../../db/schema';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { updateSettings } from '../../electron/core/settings/settings-service';
import type { BreachFactsDraftInput } from '../../electron/shared/breaches';
import { deskOver, type DeskOver } from '../support/desk-over-database';
import { ITALIAN_ORGANISATION } from '../support/italian-organisation';
import { NOVENTIA } from '../support/letter-vault';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, type TestTeam } from '../support/team-database';

/** Friday 10 April 2026, 10:00 in Rome. */
const NOW = new Date('2026-04-10T08:00:00Z');
const now = () => NOW;
const availability = postgresAvailability();

/** One dialect: the DPO's desk and an analyst's (the same database; on a team server, two logins). */
interface DialectCase {
  name: 'sqlite' | 'postgres';
  open(): Promise<{ dpo: DeskOver; analyst: DeskOver; db: Kysely<Database>; analystName: string }>;
}

let server: TestPostgres | undefined;
let team: TestTeam | undefined;
const desks: DeskOver[] = [];
const opened: Kysely<Database>[] = [];

const dialects: DialectCase[] = [
  {
    name: 'sqlite',
    async open() {
      const db = createKysely(openPlainDatabase(':memory:'));
      opened.push(db);
      await migrateToLatest(db);
      await updateSettings(db, { ...NOVENTIA, ...ITALIAN_ORGANISATION }, 'dpo (cli)', NOW);
      const dpo = deskOver(db, 'dpo (cli)', now);
      const analyst = deskOver(db, 'analyst (cli)', now);
      desks.push(dpo, analyst);
      return { dpo, analyst, db, analystName: 'analyst (cli)' };
    },
  },
];
if (availability.available) {
  const ready = availability;
  dialects.push({
    name: 'postgres',
    async open() {
      server = await startTestPostgres(ready);
      team = await createTestTeam(server, NOW);
      await updateSettings(team.as(team.logins.dpo), { ...NOVENTIA, ...ITALIAN_ORGANISATION }, team.logins.dpo, NOW);
      const dpo = deskOver(team.as(team.logins.dpo), team.logins.dpo, now, { login: team.logins.dpo, displayName: 'Daria Pace (DPO)', role: 'dpo' });
      const analyst = deskOver(team.as(team.logins.analyst), team.logins.analyst, now, { login: team.logins.analyst, displayName: 'Andrea Neri', role: 'analyst' });
      desks.push(dpo, analyst);
      return { dpo, analyst, db: team.as(team.logins.auditor), analystName: team.logins.analyst };
    },
  });
}

afterAll(async () => {
  for (const desk of desks) desk.cleanup();
  await Promise.all(opened.map((db) => db.destroy()));
  await team?.close();
  await server?.stop();
});

/** Authority yes, people no (EDPB case 02's shape: ransomware, no backup, no exfiltration). */
const riskFacts = { confidentiality: 'none', integrity: 'none', availability: 'days', maliciousIntent: true, dataCategories: ['identity', 'contact', 'employment'], subjects: 40 } satisfies BreachFactsDraftInput;

/** Breaches, letters, registers, settings, Today and the calendar: one scenario, the same answers on each dialect. */
describe.each(dialects)('case services on $name', ({ name, open }) => {
  let dpo: DeskOver;
  let analyst: DeskOver;
  let db: Kysely<Database>;
  let analystName: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ dpo, analyst, db, analystName } = await open());
  }, 120_000);

  it('registers, triages, decides and notifies a breach in phases, with the follow-up owed after a preliminary notice', async () => {
    const running = await analyst.call('breaches.create', { breach: { title: 'Laptop of Marco Rossi stolen', awareAt: '2026-04-09T10:00:00+02:00' } });
    const ransomware = await analyst.call('breaches.create', { breach: { title: 'Ransomware on the HR share', awareAt: '2026-04-08T12:00:00+02:00' } });
    ids.running = running.id;
    ids.ransomware = ransomware.id;
    expect([running.reference, ransomware.reference]).toEqual(['B-2026-001', 'B-2026-002']);
    expect(running.authorityDeadline).toBe('2026-04-12T10:00:00+02:00');

    const triaged = await analyst.call('breaches.updateFacts', { id: ransomware.id, facts: riskFacts });
    expect(triaged.triage).toMatchObject({ notifyAuthority: true, notifySubjects: false });
    await analyst.call('breaches.decide', { id: ransomware.id, decision: { notifyAuthority: true, notifySubjects: false, rationale: 'HR files unavailable for days' } });
    await analyst.call('breaches.addAction', { id: ransomware.id, action: { kind: 'containment', at: '2026-04-08T13:00:00+02:00', who: 'IT', text: 'Share taken offline, restored from backup' } });
    await analyst.call('breaches.addNotification', {
      id: ransomware.id,
      notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-04-09T09:00:00+02:00', summary: 'Preliminary notice', reference: 'Prot. 77/2026' },
    });
    const detail = await analyst.call('breaches.get', { id: ransomware.id });
    expect(detail.followUp).toEqual({ preliminaryAt: '2026-04-09T09:00:00+02:00', due: '2026-05-09', days: 30, defaultPeriod: true, daysLeft: 29 });
    expect(detail.timeline.map((entry) => [entry.action, entry.actor])).toEqual([
      ['breach.created', analystName],
      ['breach.facts-updated', analystName],
      ['breach.decided', analystName],
      ['breach.action-added', analystName],
      ['breach.notification-added', analystName],
    ]);
    await analyst.call('breaches.addNotification', {
      id: ransomware.id,
      notification: { recipient: 'authority', phase: 'complete', sentAt: '2026-04-10T09:00:00+02:00', summary: 'Complete notice', adds: 'Backups verified; no exfiltration found' },
    });
    expect((await analyst.call('breaches.get', { id: ransomware.id })).followUp).toBeNull();

    const found = await analyst.call('breaches.list', { search: 'ransom' });
    expect(found.rows.map((row) => row.reference)).toEqual(['B-2026-002']);
    expect((await analyst.call('breaches.list', {})).total).toBe(2);
  });

  it('keeps a draft, finalises a letter once, and records its sending', async () => {
    const request = await analyst.call('requests.create', {
      request: { regime: 'gdpr', types: ['access'], receivedAt: '2026-04-08T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Rossi', subjectEmail: 'giulia.rossi@example.it' },
    });
    ids.request = request.id;
    await analyst.call('requests.transition', { id: request.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
    await analyst.call('requests.transition', { id: request.id, transition: { to: 'extended', reason: 'I Suoi dati si trovano in sei sistemi.' } });
    const key = { caseType: 'request', caseId: request.reference, kind: 'extension-notice', language: 'it' } as const;
    await analyst.call('documents.draftSave', { ...key, date: '2026-04-10' });
    expect(await analyst.call('documents.draftGet', key)).toMatchObject({ date: '2026-04-10' });
    const document = await analyst.call('documents.finalise', { ...key, date: '2026-04-10' });
    expect(document).toMatchObject({ version: 1, letterDate: '2026-04-10', recipient: 'Giulia Rossi', dispatches: [] });
    expect((await analyst.call('requests.get', { id: request.id })).deadlines.extension).toMatchObject({ inEffect: false, noticeSentOn: null });
    const sent = await analyst.call('documents.sent', { documentId: document.id, sentOn: '2026-04-10', channel: 'pec', recipient: 'Giulia Rossi' });
    expect(sent.dispatches).toMatchObject([{ sentOn: '2026-04-10', channel: 'pec', recipient: 'Giulia Rossi' }]);
    // Its notice recorded sent within the month, the extension binds (Art. 12(3); review 6, F13), on either database.
    const extended = await analyst.call('requests.get', { id: request.id });
    expect(extended.deadlines.extension).toEqual({ inEffect: true, noticeSentOn: '2026-04-10', why: null });
    expect(extended.legal.date).toBe(extended.deadlines.extendedDue);
    const listed = await analyst.call('documents.list', { caseType: 'request', caseId: request.id });
    expect(listed.map((d) => [d.kind, d.version, d.dispatches.length])).toEqual([['extension-notice', 1, 1]]);
    const file = await analyst.call('documents.export', { documentId: document.id });
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keeps the registers (the DPO) and links cases to them (an analyst)', async () => {
    const processor = await dpo.call('registers.saveProcessor', { processor: { name: 'Stripe', service: 'Payments', country: 'US', lastReviewedOn: '2025-01-31' } });
    await dpo.call('registers.saveTransfer', { transfer: { recipient: 'Stripe, Inc.', country: 'US', processorId: processor.id, ground: 'scc', sccModule: 'c2p', lastReviewedOn: '2025-05-09' } });
    const activity = await dpo.call('registers.saveActivity', { activity: { name: 'Payroll', systems: ['HR share'], processorIds: [processor.id] } });
    await analyst.call('registers.setCaseLinks', { caseType: 'breach', caseId: ids.ransomware as string, activityIds: [activity.id], processorIds: [] });
    const linked = await analyst.call('registers.linkedCases', { kind: 'activity', id: activity.id });
    expect(linked.map((c) => c.reference)).toEqual(['B-2026-002']);
    const registers = await analyst.call('registers.get', {});
    expect([registers.activities.length, registers.processors.length, registers.transfers.length]).toEqual([1, 1, 1]);
    expect(registers.activities[0]?.reference).toBe('PA-001');
  });

  it('reads settings, Today, the inbox search, the calendar, the reminders and the audit report the same way', async () => {
    expect(await analyst.call('settings.get', {})).toMatchObject({ 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome', 'commitments.acknowledgeDays': 2 });
    await analyst.call('requests.create', { request: { regime: 'gdpr', types: ['erasure'], receivedAt: '2026-03-02T10:00:00+01:00', channel: 'email', subjectName: 'Anna Alberti', confirmOldReceipt: true } });
    const today = await analyst.call('dashboard.get', {});
    expect(today.requests.overdue.rows.map((r) => r.subjectName)).toEqual(['Anna Alberti']);
    expect(today.requests.acknowledgements.rows.map((r) => r.subjectName)).toEqual(['Anna Alberti']);
    expect(today.breaches.rows.map((b) => b.reference)).toEqual(['B-2026-001', 'B-2026-002']);
    expect((await analyst.call('requests.list', { search: 'ROSSI' })).rows.map((r) => r.subjectName)).toEqual(['Giulia Rossi']);
    expect((await analyst.call('requests.list', { search: 'NN' })).rows.map((r) => r.subjectName)).toEqual(['Anna Alberti']);
    const april = await analyst.call('deadlines.calendar', { from: '2026-04-01', to: '2026-04-30' });
    expect(april.items.map((item) => [item.kind, item.date, item.reference, item.clock])).toEqual([
      ['request-due', '2026-04-01', '2026-0002', 'organisation'],
      ['request-due', '2026-04-02', '2026-0002', 'legal'],
      ['breach-72h', '2026-04-12', 'B-2026-001', null],
    ]);
    const march = await analyst.call('deadlines.calendar', { from: '2026-03-01', to: '2026-03-31', kinds: ['request-ack'] });
    expect(march.items.map((item) => [item.kind, item.date, item.reference])).toEqual([['request-ack', '2026-03-04', '2026-0002']]);
    const fired = await analyst.call('reminders.run', {});
    expect(fired.shown.map((n) => [n.kind, n.lead, n.reference])).toEqual([
      ['breach-72h', '48h', 'B-2026-001'],
      ['summary', 'summary', null],
    ]);
    expect((await analyst.call('reminders.run', {})).shown).toEqual([]);
    const inbox = await analyst.call('notifications.list', {});
    expect(inbox).toMatchObject({ total: fired.shown.length, unread: fired.shown.length });
    expect(await analyst.call('notifications.markRead', { all: true })).toEqual({ unread: 0 });
    const report = await analyst.call('reports.audit', { from: '2026-01-01', to: '2026-04-30', format: 'json' });
    if ('cancelled' in report) throw new Error('The report was cancelled');
    expect(report.summary.requests).toMatchObject({ received: 2, closed: 0, open: 2, overdue: 1 });
    expect(report.summary.breaches).toMatchObject({ total: 2, notifiedToAuthority: 1, medianHoursToNotification: 21 });
    expect(report.summary.integrity).toMatchObject({ ok: true });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, firstBreak: null });
  });

  it('keeps clients (the DPO) and the processor side of a request and a breach (an analyst)', async () => {
    const client = await dpo.call('clients.save', { client: { name: 'Studio Legale Verdi', privacyContact: 'segreteria@verdi.example', country: 'IT', requestDays: 5, breachNoticeHours: 24 } });
    const refused = await analyst.dispatch('clients.save', { client: { name: 'Bottega Rossi', privacyContact: 'x@rossi.example', country: 'IT' } });
    // The vault has one user, who may do everything; on a team server the analyst's role is refused, clearly.
    expect(refused.ok ? null : [refused.error.code, refused.error.message]).toEqual(
      name === 'postgres' ? ['FORBIDDEN', expect.stringContaining('clients, the registers, retention rules and team members are for a DPO')] : null,
    );
    const request = await analyst.call('requests.create', {
      request: { regime: 'gdpr', types: ['erasure'], receivedAt: '2026-04-09T10:00:00+02:00', channel: 'email', subjectName: 'Paola Verdi', processor: { clientId: client.id } },
    });
    expect(request.processorSide).toMatchObject({ clientId: client.id, forwardBy: '2026-04-14', requestDays: 5 });
    await analyst.call('breaches.setRoles', { breachId: ids.running as string, controllerSide: false, clientIds: [client.id], nis2Significant: false });
    await analyst.call('breaches.clientNotice', { breachId: ids.running as string, clientId: client.id, sentAt: '2026-04-09T12:00:00+02:00', channel: 'email' });
    const listed = await analyst.call('breaches.list', {});
    expect(listed.rows.map((row) => [row.reference, row.controllerSide])).toEqual([
      ['B-2026-001', false],
      ['B-2026-002', true],
    ]);
    expect((await analyst.call('requests.list', { clientId: client.id })).rows.map((r) => r.subjectName)).toEqual(['Paola Verdi']);
  });

  it('binds the date a Swiss notice of a later date names once it is recorded sent (Ordinance Art. 18(2)), on either database', async () => {
    const request = await analyst.call('requests.create', {
      request: { regime: 'ch-fadp', types: ['access'], receivedAt: '2026-04-01T10:00:00+02:00', channel: 'email', subjectName: 'Luca Meier', subjectEmail: 'luca@example.ch' },
    });
    await analyst.call('requests.transition', { id: request.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
    await analyst.call('requests.transition', { id: request.id, transition: { to: 'extended', reason: 'I Suoi dati si trovano in sei sistemi.' } });
    const document = await analyst.call('documents.finalise', { caseType: 'request', caseId: request.reference, kind: 'fadp-later-date', language: 'it', date: '2026-04-10', inputs: { 'fadp.laterDate': '2026-06-15' } });
    expect((await analyst.call('requests.get', { id: request.id })).legal.date).toBe('2026-05-01');
    await analyst.call('documents.sent', { documentId: document.id, sentOn: '2026-04-10', channel: 'email', recipient: 'Luca Meier' });
    const bound = await analyst.call('requests.get', { id: request.id });
    expect([bound.legal.date, bound.deadlines.extendedDue, bound.deadlines.extension?.inEffect]).toEqual(['2026-06-15', '2026-06-15', true]);
  });
});
