import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlainDatabase } from '../../db/connection';
import { createKysely } from '../../db/kysely';
import { migrateToLatest } from '../../db/migrate';
import type { Database } from '../../db/schema';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { updateSettings } from '../../electron/core/settings/settings-service';
import type { BreachDetail } from '../../electron/shared/breaches';
import { deskOver, type DeskOver } from '../support/desk-over-database';
import { ITALIAN_ORGANISATION } from '../support/italian-organisation';
import { NOVENTIA } from '../support/letter-vault';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, type TestTeam } from '../support/team-database';

/** Friday 10 April 2026, 10:00 in Rome. */
const NOW = new Date('2026-04-10T08:00:00Z');
const now = () => NOW;
const availability = postgresAvailability();
const NIS2 = { 'nis2.scope': 'important', 'nis2.authority': 'CSIRT Italia (ACN)' } as const;

/** One dialect: an analyst's desk, and a reader of the database (on a team server, the auditor). */
interface DialectCase {
  name: 'sqlite' | 'postgres';
  open(): Promise<{ analyst: DeskOver; reader: Kysely<Database> }>;
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
      await updateSettings(db, { ...NOVENTIA, ...ITALIAN_ORGANISATION, ...NIS2 }, 'dpo (cli)', NOW);
      const analyst = deskOver(db, 'analyst (cli)', now);
      desks.push(analyst);
      return { analyst, reader: db };
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
      await updateSettings(team.as(team.logins.dpo), { ...NOVENTIA, ...ITALIAN_ORGANISATION, ...NIS2 }, team.logins.dpo, NOW);
      const analyst = deskOver(team.as(team.logins.analyst), team.logins.analyst, now, { login: team.logins.analyst, displayName: 'Andrea Neri', role: 'analyst' });
      desks.push(analyst);
      return { analyst, reader: team.as(team.logins.auditor) };
    },
  });
}

afterAll(async () => {
  for (const desk of desks) desk.cleanup();
  await Promise.all(opened.map((db) => db.destroy()));
  await team?.close();
  await server?.stop();
});

const nis2Clocks = (d: Pick<BreachDetail, 'clocks'>) => d.clocks.filter((c) => c.kind === 'nis2-progress' || c.kind === 'nis2-final').map((c) => [c.kind, c.dueAt, c.status]);

/**
 * The NIS2 progress report (Directive (EU) 2022/2555 Art. 23(4)(e); D.Lgs. 138/2024 art. 25,
 * comma 5, lett. e)) on the vault and on a team server (migration 0030 / 0009): an analyst
 * records it, the same clocks follow on both, and the auditor reads it.
 */
describe.each(dialects)('the NIS2 progress report on $name', ({ open }) => {
  let analyst: DeskOver;
  let reader: Kysely<Database>;

  beforeAll(async () => {
    ({ analyst, reader } = await open());
  }, 120_000);

  it('owes the progress report at the month while no end is recorded; once an analyst records it, the final report waits on the end, then runs a month after it', async () => {
    const breach = await analyst.call('breaches.create', {
      breach: { title: 'VPN appliance compromised', awareAt: '2026-03-05T10:00:00+01:00', roles: { controllerSide: true, clientIds: [], processorReportedAt: null, nis2Significant: true } },
    });
    await analyst.call('breaches.nis2Report', { breachId: breach.id, stage: 'early-warning', sentAt: '2026-03-05T20:00:00+01:00', reference: 'CSIRT-IT 5120' });
    await analyst.call('breaches.nis2Report', { breachId: breach.id, stage: 'notification', sentAt: '2026-03-06T09:00:00+01:00' });
    // A month on Rome's wall clock: 09:00 on 6 April, now in summer time; passed on 10 April with no end recorded.
    expect(nis2Clocks(await analyst.call('breaches.get', { id: breach.id }))).toEqual([
      ['nis2-progress', '2026-04-06T09:00:00+02:00', 'overdue'],
      ['nis2-final', null, 'waiting'],
    ]);
    const due = await analyst.call('deadlines.calendar', { from: null, to: '2026-12-31', kinds: ['breach-nis2', 'breach-nis2-progress'] });
    expect(due.items.map((i) => [i.kind, i.date, i.overdue])).toEqual([['breach-nis2-progress', '2026-04-06', true]]);

    const roles = await analyst.call('breaches.nis2Report', { breachId: breach.id, stage: 'progress', sentAt: '2026-04-09T10:00:00+02:00' });
    expect(roles.nis2).toEqual({
      earlyWarningAt: '2026-03-05T20:00:00+01:00',
      notificationAt: '2026-03-06T09:00:00+01:00',
      progressReportAt: '2026-04-09T10:00:00+02:00',
      finalReportAt: null,
      // The early warning's reference stays with it; the reports recorded after it without one have none (review 6, F16).
      references: { 'early-warning': 'CSIRT-IT 5120', notification: null, progress: null, final: null },
    });
    // Monthly while no end is recorded: the next runs a month from this one (art. 25, comma 5, lett. e); review 5, E24).
    expect(nis2Clocks(await analyst.call('breaches.get', { id: breach.id }))).toEqual([
      ['nis2-progress', '2026-05-09T10:00:00+02:00', 'running'],
      ['nis2-final', null, 'waiting'],
    ]);
    const next = await analyst.call('deadlines.calendar', { from: null, to: '2026-12-31', kinds: ['breach-nis2', 'breach-nis2-progress'] });
    expect(next.items.map((i) => [i.kind, i.date, i.overdue])).toEqual([['breach-nis2-progress', '2026-05-09', false]]);

    await analyst.call('breaches.update', { id: breach.id, changes: { occurredTo: '2026-04-08T18:00:00+02:00' } });
    expect(nis2Clocks(await analyst.call('breaches.get', { id: breach.id }))).toEqual([
      ['nis2-progress', '2026-04-06T09:00:00+02:00', 'done-late'],
      ['nis2-final', '2026-05-08T18:00:00+02:00', 'running'],
    ]);
    const row = await reader.selectFrom('breach_roles').select(['nis2_progress_report_at', 'nis2_final_report_at']).where('breach_id', '=', breach.id).executeTakeFirst();
    expect(row).toEqual({ nis2_progress_report_at: '2026-04-09T10:00:00+02:00', nis2_final_report_at: null });
    const events = await reader.selectFrom('audit_events').select('data').where('action', '=', 'breach.nis2-reported').where('entity_id', '=', breach.id).orderBy('seq').execute();
    expect(events.map((e) => (JSON.parse(e.data) as { stage?: string }).stage)).toEqual(['early-warning', 'notification', 'progress']);
    expect(await verifyAuditChain(reader)).toMatchObject({ ok: true, firstBreak: null });
  });
});
