import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlainDatabase, type SqliteDatabase } from '../connection';
import { createKysely } from '../kysely';
import { staticMigrationProvider } from './index';

let sqlite: SqliteDatabase | undefined;

afterEach(() => {
  sqlite?.close();
  sqlite = undefined;
});

describe('migration 0022: case versions', () => {
  it('gives existing requests version 1, and every audit event naming a case moves that case only', async () => {
    sqlite = openPlainDatabase(':memory:');
    const db = createKysely(sqlite);
    const migrator = new Migrator({ db, provider: staticMigrationProvider });
    expect((await migrator.migrateTo('0021-no-data-held-outcome')).error).toBeUndefined();
    const request = (id: string) => sql`
      INSERT INTO requests (id, reference, ref_year, ref_seq, regime, types, received_at, received_date, time_zone, jurisdiction, channel,
        subject_name, requester_relation, under_16, complex, description, systems, identity_outcome, status, is_open, due_sort, deadlines, created_at, updated_at)
      VALUES (${id}, ${`2026-${id}`}, 2026, ${Number(id)}, 'gdpr', '["access"]', '2026-03-02T09:00:00+01:00', '2026-03-02', 'Europe/Rome', 'IT', 'email',
        'Maria Rossi', 'self', 0, 0, '', '[]', 'not-needed', 'received', 1, '2026-04-02', '{}', '2026-03-02T08:00:00Z', '2026-03-02T08:00:00Z')
    `.execute(db);
    await request('0001');
    await request('0002');
    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const event = (seq: number, type: string, id: string) =>
      sql`INSERT INTO audit_events (seq, at, actor, action, entity_type, entity_id, data, prev_hash, hash) VALUES (${seq}, '2026-03-03T08:00:00Z', 'dpo', 'x', ${type}, ${id}, '{}', 'p', ${`h${seq}`})`.execute(db);
    await event(1, 'request', '0001');
    await event(2, 'request', '0001');
    await event(3, 'settings', '0002');
    const rows = await sql<{ id: string; version: number }>`SELECT id, version FROM requests ORDER BY id`.execute(db);
    expect(rows.rows).toEqual([
      { id: '0001', version: 3 },
      { id: '0002', version: 1 },
    ]);
  });
});
