import { afterEach, describe, expect, it } from 'vitest';
import { openPlainDatabase, type SqliteDatabase } from '../../db/connection';
import { createKysely } from '../../db/kysely';
import { migrateToLatest } from '../../db/migrate';
import { ACK_DATE } from '../../electron/core/dashboard/request-filters';
import { OPEN_STATUSES } from '../../electron/shared/requests';

let sqlite: SqliteDatabase | undefined;

afterEach(() => {
  sqlite?.close();
  sqlite = undefined;
});

const planOf = (db: SqliteDatabase, query: { sql: string; parameters: readonly unknown[] }) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.parameters) as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('the Deadlines section’s counts walk indexes, never the requests table', () => {
  it('counts the acknowledgements owed per day through the partial index of migration 0020 (no table row read)', async () => {
    sqlite = openPlainDatabase(':memory:');
    const db = createKysely(sqlite);
    await migrateToLatest(db);
    const ack = db
      .selectFrom('requests')
      .select([ACK_DATE.as('date'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', 'in', ['received'])
      .where(ACK_DATE, '<=', '2026-12-31')
      .where('acknowledged_at', 'is', null)
      .groupBy(ACK_DATE)
      .compile();
    expect(planOf(sqlite, ack)).toMatch(/^SEARCH requests USING INDEX requests_ack_pending/);
    const due = db
      .selectFrom('requests')
      .select(['legal_binding_due', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', 'in', [...OPEN_STATUSES])
      .where('legal_binding_due', '<=', '2026-12-31')
      .groupBy('legal_binding_due')
      .compile();
    expect(planOf(sqlite, due)).toMatch(/^SEARCH requests USING COVERING INDEX/);
  });
});
