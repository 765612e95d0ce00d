import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { SqliteDatabase } from '../../db/connection';
import { todayInZone } from '../../electron/core/deadlines';
import { listRequests } from '../../electron/core/requests/list-requests';
import { countRequests } from '../../electron/core/requests/request-counts';
import { requestQuerySchema } from '../../electron/shared/requests';
import { seedRequests } from './request-seed';

async function medianAsync(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

/**
 * The inbox's two hot paths through the real services on a seeded database (either dialect):
 * one page (100 rows, open requests sorted by due date, deep into the list, every fourth a
 * search) and the dashboard counts. Medians of 15 runs after a warm-up.
 */
export async function requestPathsMs(db: Kysely<Database>, now: Date): Promise<{ listPageMs: number; countsMs: number }> {
  const pages = [0, 5_000, 20_000].map((offset) =>
    requestQuerySchema.parse({ status: ['received', 'awaiting-identity', 'in-progress', 'extended'], offset, limit: 100 }),
  );
  const search = requestQuerySchema.parse({ search: 'subject4242', limit: 100 });
  await listRequests(db, pages[0]!, now);
  await countRequests(db, now);
  let i = 0;
  const listPageMs = await medianAsync(15, () => listRequests(db, i++ % 4 === 3 ? search : pages[i % 3]!, now));
  const countsMs = await medianAsync(15, () => countRequests(db, now));
  return { listPageMs, countsMs };
}

/** {@link requestPathsMs} on `count` requests seeded into a vault database. */
export async function requestWorkloads(
  sqlite: SqliteDatabase,
  count: number,
  alsoOnTheSeededVault?: (db: Kysely<Database>) => Promise<void>,
): Promise<{ listPageMs: number; countsMs: number }> {
  const now = new Date();
  const db = await seedRequests(sqlite, count, todayInZone('Europe/Rome', now));
  const figures = await requestPathsMs(db, now);
  await alsoOnTheSeededVault?.(db);
  await db.destroy();
  return figures;
}
