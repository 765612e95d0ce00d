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

describe('migration 0021: "no data held" becomes an outcome', () => {
  it('turns a refusal on the ground "no data held" into that outcome, and leaves other refusals and answers as they were', async () => {
    sqlite = openPlainDatabase(':memory:');
    const db = createKysely(sqlite);
    const migrator = new Migrator({ db, provider: staticMigrationProvider });
    expect((await migrator.migrateTo('0018-clients-and-roles')).error).toBeUndefined();
    const closed = (id: string, outcome: string, ground: string | null) => sql`
      INSERT INTO requests (id, reference, ref_year, ref_seq, regime, types, received_at, received_date, time_zone, jurisdiction, channel,
        subject_name, requester_relation, under_16, complex, description, systems, identity_outcome, status, is_open, outcome, refusal_ground, due_sort, deadlines, created_at, updated_at)
      VALUES (${id}, ${`2026-${id}`}, 2026, ${Number(id)}, 'gdpr', '["access"]', '2026-03-02T09:00:00+01:00', '2026-03-02', 'Europe/Rome', 'IT', 'email',
        'Maria Rossi', 'self', 0, 0, '', '[]', 'verified', 'responded', 0, ${outcome}, ${ground}, '2026-04-02', '{}', '2026-03-02T08:00:00Z', '2026-03-02T08:00:00Z')
    `.execute(db);
    await closed('0001', 'refused', 'no-data-held');
    await closed('0002', 'refused', 'exemption');
    await closed('0003', 'fulfilled', null);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const rows = await sql<{ id: string; outcome: string; refusal_ground: string | null }>`SELECT id, outcome, refusal_ground FROM requests ORDER BY id`.execute(db);
    expect(rows.rows).toEqual([
      { id: '0001', outcome: 'no-data-held', refusal_ground: null },
      { id: '0002', outcome: 'refused', refusal_ground: 'exemption' },
      { id: '0003', outcome: 'fulfilled', refusal_ground: null },
    ]);
  });
});
