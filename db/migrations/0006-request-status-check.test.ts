import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlainDatabase, type SqliteDatabase } from '../connection';
import { createKysely } from '../kysely';
import type { Database } from '../schema';
import { staticMigrationProvider } from './index';

let sqlite: SqliteDatabase | undefined;

/** A database with every migration up to and including `name`, nothing later. */
async function databaseAt(name: string): Promise<{ db: Kysely<Database>; migrator: Migrator }> {
  sqlite = openPlainDatabase(':memory:');
  const db = createKysely(sqlite);
  const migrator = new Migrator({ db, provider: staticMigrationProvider });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error;
  return { db, migrator };
}

function insertRequest(db: Kysely<Database>, id: string, status: string) {
  return sql`
    INSERT INTO requests (id, reference, ref_year, ref_seq, regime, types, received_at, received_date, time_zone, jurisdiction, channel,
      subject_name, requester_relation, under_16, complex, description, systems, identity_outcome, status, is_open, due_sort, deadlines, created_at, updated_at)
    VALUES (${id}, ${`2026-${id}`}, 2026, ${Number(id)}, 'gdpr', '["access"]', '2026-03-02T09:00:00+01:00', '2026-03-02', 'Europe/Rome', 'IT', 'email',
      'Maria Rossi', 'self', 0, 0, '', '[]', 'pending', ${status}, 1, '2026-04-02', '{}', '2026-03-02T08:00:00Z', '2026-03-02T08:00:00Z')
  `.execute(db);
}

afterEach(() => {
  sqlite?.close();
  sqlite = undefined;
});

describe('migration 0006: the database checks requests.status', () => {
  it('keeps the requests of a database at 0005 and then refuses an unknown status on insert and update', async () => {
    const { db, migrator } = await databaseAt('0005-deadlines');
    await insertRequest(db, '0001', 'in-progress');
    await insertRequest(db, '0002', 'archived');

    const { error } = await migrator.migrateToLatest();
    expect(error).toBeUndefined();

    const rows = await db.selectFrom('requests').select(['id', 'status']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: '0001', status: 'in-progress' },
      { id: '0002', status: 'archived' },
    ]);
    await expect(insertRequest(db, '0003', 'archived')).rejects.toThrow('requests.status: unknown status');
    await expect(sql`UPDATE requests SET status = 'done' WHERE id = '0001'`.execute(db)).rejects.toThrow('requests.status: unknown status');
  });

  it('lets every known status in', async () => {
    const { db, migrator } = await databaseAt('0005-deadlines');
    await migrator.migrateToLatest();
    const statuses = ['received', 'awaiting-identity', 'in-progress', 'extended', 'responded', 'withdrawn'];
    for (const [i, status] of statuses.entries()) await insertRequest(db, String(i + 1).padStart(4, '0'), status);
    await sql`UPDATE requests SET status = 'responded' WHERE id = '0001'`.execute(db);
    const rows = await db.selectFrom('requests').select('status').orderBy('id').execute();
    expect(rows.map((row) => row.status)).toEqual(['responded', ...statuses.slice(1)]);
  });
});
