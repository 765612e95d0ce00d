import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlainDatabase } from '../../db/connection';
import { createKysely } from '../../db/kysely';
import { migrateToLatest } from '../../db/migrate';
import type { Database } from '../../db/schema';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { createRequest } from '../../electron/core/requests/create-request';
import { loadRequest } from '../../electron/core/requests/load-request';
import { transitionRequest } from '../../electron/core/requests/transition-request';
import { updateSettings } from '../../electron/core/settings/settings-service';
import { newRequestSchema, transitionSchema } from '../../electron/shared/requests';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, type TestTeam } from '../support/team-database';
import { accessRequest } from './italian-request-vault';

const NOW = new Date('2026-04-10T08:00:00Z');
const availability = postgresAvailability();

/** One dialect under test: how to get a database with the organisation set, and who acts on it. */
interface DialectCase {
  name: 'sqlite' | 'postgres';
  open(): Promise<{ db: Kysely<Database>; actor: string }>;
}

let server: TestPostgres | undefined;
let team: TestTeam | undefined;

const dialects: DialectCase[] = [
  {
    name: 'sqlite',
    async open() {
      const db = createKysely(openPlainDatabase(':memory:'));
      await migrateToLatest(db);
      await updateSettings(db, { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome', 'commitments.responseDays': 30 }, 'dpo (cli)', NOW);
      return { db, actor: 'dpo (cli)' };
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
      return { db: team.as(team.logins.analyst), actor: team.logins.analyst };
    },
  });
}

afterAll(async () => {
  await team?.close();
  await server?.stop();
});

/** The same request services, the same assertions, on each dialect (as Kysely's own tests loop over dialects). */
describe.each(dialects)('request services on $name', ({ open }) => {
  let db: Kysely<Database>;
  let actor: string;

  beforeAll(async () => {
    ({ db, actor } = await open());
  }, 120_000);

  it('numbers requests by year of receipt and computes the Italian deadline', async () => {
    const first = await createRequest(db, newRequestSchema.parse(accessRequest), actor, NOW);
    const second = await createRequest(db, newRequestSchema.parse({ ...accessRequest, subjectName: 'Marco Rossi' }), actor, NOW);
    const lastYear = await createRequest(db, newRequestSchema.parse({ ...accessRequest, receivedAt: '2025-12-30T10:00:00+01:00', confirmOldReceipt: true }), actor, NOW);
    expect([first.reference, second.reference, lastYear.reference]).toEqual(['2026-0001', '2026-0002', '2025-0001']);
    const row = await loadRequest(db, first.id);
    expect(row).toMatchObject({ status: 'received', received_date: '2026-03-31', legal_due: '2026-04-30', is_open: 1 });
  });

  it('walks identity and the clock stop, and keeps the chain valid', async () => {
    const { id } = await createRequest(db, newRequestSchema.parse({ ...accessRequest, subjectName: 'Sara Villa' }), actor, NOW);
    await transitionRequest(db, id, transitionSchema.parse({ to: 'awaiting-identity', method: 'id-document', reason: 'E-mail not linked to an account' }), actor, NOW);
    await transitionRequest(db, id, transitionSchema.parse({ to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } }), actor, NOW);
    expect(await loadRequest(db, id)).toMatchObject({ status: 'in-progress', identity_outcome: 'verified' });
    const stops = await db.selectFrom('request_clock_stops').select(['reason', 'from_date', 'to_date']).where('request_id', '=', id).execute();
    expect(stops).toEqual([{ reason: 'identity', from_date: '2026-04-10', to_date: '2026-04-10' }]);
    const history = await db.selectFrom('request_history').select(['action', 'actor', 'to_status']).where('request_id', '=', id).orderBy('id').execute();
    expect(history.map((h) => [h.action, h.to_status, h.actor])).toEqual([
      ['request.created', 'received', actor],
      ['request.transition', 'awaiting-identity', actor],
      ['request.transition', 'in-progress', actor],
    ]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, firstBreak: null });
  });
});
