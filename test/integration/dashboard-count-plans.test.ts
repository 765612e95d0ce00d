import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { openPlainDatabase, type SqliteDatabase } from '../../db/connection';
import { createKysely } from '../../db/kysely';
import { migrateToLatest } from '../../db/migrate';
import type { Database } from '../../db/schema';
import { GROUP_FILTERS, groupWindow, inGroup } from '../../electron/core/dashboard/request-filters';

/**
 * The counts of Today and of the inbox read only indexes of `requests`, never its rows: at
 * 100,000 requests, 90,000 of them overdue, reading each row (a decrypted page) to learn
 * whether it was held as processor took 0.6 s, and every search in the inbox waited for it.
 */
let sqlite: SqliteDatabase;
let db: Kysely<Database>;

beforeAll(async () => {
  sqlite = openPlainDatabase(':memory:');
  db = createKysely(sqlite);
  await migrateToLatest(db);
});
afterAll(async () => db.destroy());

describe('the plans of the dashboard counts', () => {
  it.each(['overdue', 'pastCommitment', 'dueToday', 'dueThisWeek'] as const)('counts %s from indexes alone', (key) => {
    const query = inGroup(db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')), GROUP_FILTERS[key], groupWindow('2026-06-30'), db).compile();
    const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters) as { detail: string }[]).map((row) => row.detail);
    const onRequests = plan.filter((detail) => / requests( |$)/.test(detail));
    expect(onRequests.length, plan.join(' | ')).toBeGreaterThan(0);
    for (const detail of onRequests) expect(detail, plan.join(' | ')).toContain('USING COVERING INDEX');
  });
});
