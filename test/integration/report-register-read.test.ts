import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { openPlainDatabase, type SqliteDatabase } from '../../db/connection';
import type { Database } from '../../db/schema';
import { forEachRequestInRange, registerPageQuery } from '../../electron/core/reports/build-audit-report';
import { seedRequests } from '../bench/request-seed';

/**
 * The audit report reads the requests register from one index (`requests_register`, migration
 * 0034) in the register's order, and its keyset pages give every request once, in that order,
 * across pages that cut a day's requests in two.
 */
const TODAY = '2026-06-30';
const RANGE = { from: '2024-06-01', to: TODAY };
let sqlite: SqliteDatabase;
let db: Kysely<Database>;

const planOf = (source: string, parameters: readonly unknown[]): string =>
  (sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...parameters) as { detail: string }[]).map((row) => row.detail).join(' | ');

beforeAll(async () => {
  sqlite = openPlainDatabase(':memory:');
  // 4,500 requests over 730 days: six or seven a day, so the pages of 2,000 end inside a day.
  db = await seedRequests(sqlite, 4_500, TODAY);
});
afterAll(async () => db.destroy());

describe('reading the requests register for the audit report', () => {
  it('reads the first and every later page from the register index alone, in order, with no sort', () => {
    for (const cursor of [null, { date: '2025-06-01', year: 2025, seq: 12 }]) {
      const query = registerPageQuery(db, RANGE, cursor).compile();
      const plan = planOf(query.sql, query.parameters);
      expect(plan).toContain('SEARCH requests USING COVERING INDEX requests_register');
      expect(plan).not.toContain('TEMP B-TREE');
    }
  });

  it('gives every request received in the range once, by receipt date then registration order, across page ends', async () => {
    const seen: string[] = [];
    const total = await forEachRequestInRange(db, RANGE, (row) => void seen.push(row.reference));
    const expected = (
      sqlite
        .prepare(`SELECT reference FROM requests WHERE received_date BETWEEN ? AND ? AND status != 'void' ORDER BY received_date, rowid`)
        .all(RANGE.from, RANGE.to) as { reference: string }[]
    ).map((row) => row.reference);
    expect(expected.length).toBeGreaterThan(4_000);
    expect(seen).toEqual(expected);
    expect(total).toBe(expected.length);
  });
});
