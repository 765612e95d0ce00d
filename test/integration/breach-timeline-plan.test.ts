import { afterEach, describe, expect, it } from 'vitest';
import { openPlainDatabase, type SqliteDatabase } from '../../db/connection';
import { createKysely } from '../../db/kysely';
import { migrateToLatest } from '../../db/migrate';
import { breachTimelineQuery } from '../../electron/core/breaches/register/breach-timeline';

let sqlite: SqliteDatabase | undefined;

afterEach(() => {
  sqlite?.close();
  sqlite = undefined;
});

const planOf = (db: SqliteDatabase, query: { sql: string; parameters: readonly unknown[] }) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters) as { detail: string }[]).map((r) => r.detail).join(' | ');

/**
 * A vault's planner statistics as `PRAGMA optimize` leaves them when it runs on a new vault
 * (the trail one event long) and as they stay while the trail grows: loaded into the planner
 * with `ANALYZE sqlite_schema`, as SQLite documents for hand-written statistics.
 */
function stampNewVaultStatistics(db: SqliteDatabase): void {
  db.exec('ANALYZE');
  db.exec("DELETE FROM sqlite_stat1 WHERE tbl = 'audit_events'");
  db.exec("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('audit_events', 'audit_events_entity', '1 1 1'), ('audit_events', 'sqlite_autoindex_audit_events_1', '1 1')");
  db.exec('ANALYZE sqlite_schema');
}

describe('opening a breach reads each history row’s audit event by its seq, whatever the statistics say', () => {
  it('looks the event up by the trail’s primary key even where the statistics say the trail is one event long', async () => {
    sqlite = openPlainDatabase(':memory:');
    const db = createKysely(sqlite);
    await migrateToLatest(db);
    stampNewVaultStatistics(sqlite);
    const joined = db
      .selectFrom('breach_history')
      .innerJoin('audit_events', 'audit_events.seq', 'breach_history.audit_seq')
      .select(['breach_history.audit_seq', 'audit_events.data'])
      .where('breach_history.breach_id', '=', 'b-1')
      .orderBy('breach_history.id')
      .compile();
    // The statistics reproduce the trap: a join under them walks the whole trail per history row.
    expect(planOf(sqlite, joined)).toContain('SCAN audit_events');
    const plan = planOf(sqlite, breachTimelineQuery(db, 'b-1').compile());
    expect(plan).toMatch(/^SEARCH breach_history USING (COVERING )?INDEX breach_history_case \(breach_id=\?\)/);
    expect(plan).toContain('SEARCH audit_events USING INTEGER PRIMARY KEY (rowid=?)');
    expect(plan).not.toContain('SCAN');
  });
});
