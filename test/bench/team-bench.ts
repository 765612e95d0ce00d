import { performance } from 'node:perf_hooks';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { upsertSetting } from '../../db/repositories/settings-repo';
import { todayInZone } from '../../electron/core/deadlines';
import { postgresAvailability, startTestPostgres } from '../support/postgres';
import { createTestTeam } from '../support/team-database';
import { dashboardWorkload } from './dashboard-workload';
import { requestSeedRows, SEED_SETTINGS } from './request-seed';
import { requestPathsMs } from './request-workloads';

/** Rows per INSERT: under PostgreSQL's 65,535 bound parameters at some 50 columns a row. */
const ROWS_PER_INSERT = 1_000;
/** Rows per transaction. */
const ROWS_PER_TRANSACTION = 10_000;

/** What the team server's figures are, or why there are none. */
export type TeamFigures = { figures: Record<string, number> } | { skipped: string };

/** Seeds `count` requests on a team server as its DPO, from the vault seeder's own rows, in batched multi-row INSERTs. */
async function seedTeam(db: Kysely<Database>, count: number, today: string): Promise<void> {
  const at = new Date().toISOString();
  for (const [key, value] of Object.entries(SEED_SETTINGS)) await upsertSetting(db, key, value, at);
  const rows = requestSeedRows(today, at);
  for (let from = 0; from < count; from += ROWS_PER_TRANSACTION) {
    await db.transaction().execute(async (trx) => {
      for (let start = from; start < Math.min(count, from + ROWS_PER_TRANSACTION); start += ROWS_PER_INSERT) {
        const batch = Array.from({ length: Math.min(ROWS_PER_INSERT, count - start) }, (_, k) => rows(start + k));
        // The seeder's rows name every column of the vault's table, as its prepared statement does.
        await trx.insertInto('requests').values(batch.map((b) => b.request as unknown as Insertable<Database['requests']>)).execute();
        await trx.insertInto('request_types').values(batch.flatMap((b) => b.types)).execute();
      }
    });
  }
}

/**
 * The inbox page, the dashboard counts and the whole morning view on a throwaway PostgreSQL
 * cluster of this machine, signed in as the team's DPO (the same services and seeder rows as
 * the vault's figures, so the two can be divided). Skipped, with the reason, where
 * PostgreSQL is not installed.
 */
export async function teamBench(count: number, progress: (message: string) => void): Promise<TeamFigures> {
  const availability = postgresAvailability();
  if (!availability.available) return { skipped: availability.reason };
  const server = await startTestPostgres(availability);
  const now = new Date();
  const team = await createTestTeam(server, now);
  try {
    const db = team.as(team.logins.dpo);
    progress(`team: seeding ${count} requests on PostgreSQL…`);
    const started = performance.now();
    await seedTeam(db, count, todayInZone('Europe/Rome', now));
    const seedMs = performance.now() - started;
    // The planner's statistics, as autovacuum would gather them soon after a bulk load (only the tables' owner may).
    const admin = await team.adminClient();
    await admin.query('ANALYZE');
    progress(`team: the inbox and the dashboard over ${count} requests on PostgreSQL…`);
    const paths = await requestPathsMs(db, now);
    const dashboard = await dashboardWorkload(db, 1_000);
    return { figures: { 'team.seedMs': seedMs, 'team.requests.listPageMs': paths.listPageMs, 'team.requests.dashboardCountsMs': paths.countsMs, 'team.dashboard.loadMs': dashboard.loadMs } };
  } finally {
    await team.close();
    await server.stop();
  }
}
