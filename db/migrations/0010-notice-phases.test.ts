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

describe('migration 0010: what a later notice adds, and the phase index', () => {
  it('adds a nullable column and the (recipient, phase) index to a database at 0009', async () => {
    sqlite = openPlainDatabase(':memory:');
    const db = createKysely(sqlite);
    const migrator = new Migrator({ db, provider: staticMigrationProvider });
    expect((await migrator.migrateTo('0009-registers')).error).toBeUndefined();
    const before = await sql<{ name: string }>`SELECT name FROM pragma_table_info('breach_notifications')`.execute(db);
    expect(before.rows.map((r) => r.name)).not.toContain('adds');

    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const columns = await sql<{ name: string; notnull: number }>`SELECT name, "notnull" FROM pragma_table_info('breach_notifications')`.execute(db);
    expect(columns.rows.find((c) => c.name === 'adds')).toEqual({ name: 'adds', notnull: 0 });
    const index = await sql<{ name: string }>`SELECT name FROM pragma_index_info('breach_notifications_phase')`.execute(db);
    expect(index.rows.map((r) => r.name)).toEqual(['recipient', 'phase', 'breach_id']);
  });
});
