import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlainDatabase } from '../../db/connection';
import { createKysely } from '../../db/kysely';
import { migrateToLatest } from '../../db/migrate';
import type { Database } from '../../db/schema';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { updateSettings } from '../../electron/core/settings/settings-service';
import { deskOver, type DeskOver } from '../support/desk-over-database';
import { ITALIAN_ORGANISATION } from '../support/italian-organisation';
import { NOVENTIA } from '../support/letter-vault';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, type TestTeam } from '../support/team-database';

/** Friday 10 April 2026, 10:00 in Rome. */
const NOW = new Date('2026-04-10T08:00:00Z');
const now = () => NOW;
const availability = postgresAvailability();

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
      await updateSettings(db, { ...NOVENTIA, ...ITALIAN_ORGANISATION }, 'dpo (cli)', NOW);
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
      await updateSettings(team.as(team.logins.dpo), { ...NOVENTIA, ...ITALIAN_ORGANISATION }, team.logins.dpo, NOW);
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

/**
 * The authority's order to tell the people (Art. 34(4) GDPR) on the vault and on a team server
 * (migration 0033 / 0011): an analyst records it, the detail reads it back on both, the auditor
 * reads the columns, the audit chain holds, and removing it clears both columns.
 */
describe.each(dialects)('the authority’s order to tell the people on $name', ({ open }) => {
  let analyst: DeskOver;
  let reader: Kysely<Database>;

  beforeAll(async () => {
    ({ analyst, reader } = await open());
  }, 120_000);

  it('records the order with its day and reference, and removes it', async () => {
    const breach = await analyst.call('breaches.create', { breach: { title: 'Laptop stolen', awareAt: '2026-04-01T10:00:00+02:00' } });
    const ordered = await analyst.call('breaches.orderSubjects', { id: breach.id, order: { orderedOn: '2026-04-09', reference: 'Prot. 4471/2026' } });
    expect(ordered.subjectsOrder).toEqual({ orderedOn: '2026-04-09', reference: 'Prot. 4471/2026' });
    const row = await reader.selectFrom('breaches').select(['subjects_ordered_on', 'subjects_order_reference']).where('id', '=', breach.id).executeTakeFirst();
    expect(row).toEqual({ subjects_ordered_on: '2026-04-09', subjects_order_reference: 'Prot. 4471/2026' });
    const cleared = await analyst.call('breaches.orderSubjects', { id: breach.id, order: null });
    expect(cleared.subjectsOrder).toBeNull();
    const after = await reader.selectFrom('breaches').select(['subjects_ordered_on', 'subjects_order_reference']).where('id', '=', breach.id).executeTakeFirst();
    expect(after).toEqual({ subjects_ordered_on: null, subjects_order_reference: null });
    const events = await reader.selectFrom('audit_events').select('action').where('entity_id', '=', breach.id).where('action', 'like', 'breach.subjects-order%').orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(['breach.subjects-ordered', 'breach.subjects-order-cleared']);
    expect(await verifyAuditChain(reader)).toMatchObject({ ok: true, firstBreak: null });
  });
});
