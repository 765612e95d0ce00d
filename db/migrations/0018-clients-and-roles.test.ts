import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlainDatabase, type SqliteDatabase } from '../connection';
import { createKysely } from '../kysely';
import type { Database } from '../schema';
import { staticMigrationProvider } from './index';

let sqlite: SqliteDatabase | undefined;

afterEach(() => {
  sqlite?.close();
  sqlite = undefined;
});

function insertRequest(db: Kysely<Database>, id: string) {
  return sql`
    INSERT INTO requests (id, reference, ref_year, ref_seq, regime, types, received_at, received_date, time_zone, jurisdiction, channel,
      subject_name, requester_relation, under_16, complex, description, systems, identity_outcome, status, is_open, due_sort, deadlines, created_at, updated_at)
    VALUES (${id}, ${`2026-${id}`}, 2026, ${Number(id)}, 'gdpr', '["access"]', '2026-03-02T09:00:00+01:00', '2026-03-02', 'Europe/Rome', 'IT', 'email',
      'Maria Rossi', 'self', 0, 0, '', '[]', 'pending', 'received', 1, '2026-04-02', '{}', '2026-03-02T08:00:00Z', '2026-03-02T08:00:00Z')
  `.execute(db);
}

const client = (id: string, basis = 'calendar') => sql`
  INSERT INTO clients (id, name, privacy_contact, request_days_basis, country, notes, created_at, updated_at)
  VALUES (${id}, ${`Client ${id}`}, 'privacy@example.it', ${basis}, 'IT', '', '2026-03-02T08:00:00Z', '2026-03-02T08:00:00Z')
`;

describe('migration 0018: clients, and the roles of requests and breaches', () => {
  it('keeps the requests of a database at 0009, ties processor-side rows to them, and drops those rows with the request', async () => {
    sqlite = openPlainDatabase(':memory:');
    const db = createKysely(sqlite);
    const migrator = new Migrator({ db, provider: staticMigrationProvider });
    expect((await migrator.migrateTo('0009-registers')).error).toBeUndefined();
    await insertRequest(db, '0001');
    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    expect(await db.selectFrom('requests').select('id').execute()).toEqual([{ id: '0001' }]);
    await client('c1').execute(db);
    await expect(client('c2', 'fortnightly').execute(db)).rejects.toThrow(/CHECK/);
    await sql`INSERT INTO request_clients (request_id, client_id, request_days, request_days_basis, forward_by) VALUES ('0001', 'c1', 5, 'calendar', '2026-03-07')`.execute(db);
    await expect(sql`INSERT INTO request_clients (request_id, client_id, request_days_basis) VALUES ('9999', 'c1', 'calendar')`.execute(db)).rejects.toThrow(/FOREIGN KEY/);
    await sql`DELETE FROM requests WHERE id = '0001'`.execute(db);
    expect(await db.selectFrom('request_clients').selectAll().execute()).toEqual([]);
  });
});
