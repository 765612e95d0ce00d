import { afterEach, describe, expect, it } from 'vitest';
import { openPlainDatabase, type SqliteDatabase } from '../../../db/connection';
import { createKysely } from '../../../db/kysely';
import { migrateToLatest } from '../../../db/migrate';
import { allRowsSql, coveredGroups, type GroupSpec } from './state-sql';

let sqlite: SqliteDatabase | undefined;
afterEach(() => sqlite?.close());

const planOf = (db: SqliteDatabase, sql: string): string => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');

function groupsOf(specs: GroupSpec[], table: string): GroupSpec[] {
  const groups = specs.filter((spec) => spec.table === table);
  expect(groups.length, table).toBeGreaterThan(0);
  return groups;
}

describe('reading every case row for audit verify', () => {
  it('reads the case tables keyed by their id unsorted and the histories in case order through their index, sorting neither', async () => {
    sqlite = openPlainDatabase(':memory:');
    await migrateToLatest(createKysely(sqlite));
    const specs = coveredGroups(sqlite);
    for (const table of ['requests', 'breaches', 'settings']) {
      expect(groupsOf(specs, table).every((spec) => spec.oneRowPerCase), table).toBe(true);
      const plan = planOf(sqlite, allRowsSql(groupsOf(specs, table)));
      expect(plan, table).not.toContain('TEMP B-TREE');
    }
    for (const [table, index] of [
      ['request_history', 'request_history_case'],
      ['breach_history', 'breach_history_case'],
    ] as const) {
      expect(groupsOf(specs, table).some((spec) => spec.oneRowPerCase), table).toBe(false);
      const plan = planOf(sqlite, allRowsSql(groupsOf(specs, table)));
      expect(plan, table).toContain(`USING COVERING INDEX ${index}`);
      expect(plan, table).not.toContain('TEMP B-TREE');
    }
    // Many rows per case, or a case type read from a column: grouped (sorted where no index serves).
    for (const table of ['request_notes', 'documents', 'letter_drafts']) expect(groupsOf(specs, table).some((spec) => spec.oneRowPerCase), table).toBe(false);
  });
});
