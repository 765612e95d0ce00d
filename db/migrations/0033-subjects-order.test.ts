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

describe('migration 0033: the authority’s order to tell the people (Art. 34(4))', () => {
  it('keeps a breach of a database at 0031 with no order recorded, and then records one beside its decision', async () => {
    sqlite = openPlainDatabase(':memory:');
    const db = createKysely(sqlite);
    const migrator = new Migrator({ db, provider: staticMigrationProvider });
    expect((await migrator.migrateTo('0031-history-case-order')).error).toBeUndefined();
    await sql`
      INSERT INTO breaches (id, reference, ref_year, ref_seq, title, description, aware_at, aware_utc, authority_deadline, systems, subject_categories,
        cross_border, other_authorities, processors, facts_draft, status, dpo_notify_authority, dpo_notify_subjects, created_at, updated_at)
      VALUES ('b1', 'B-2026-001', 2026, 1, 'Laptop stolen', '', '2026-03-27T10:00:00+01:00', '2026-03-27T09:00:00Z', '2026-03-30T10:00:00+01:00',
        '[]', '[]', '[]', '[]', '[]', '{}', 'open', 1, 0, '2026-03-27T09:00:00Z', '2026-03-27T09:00:00Z')
    `.execute(db);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const before = await sql<Record<string, unknown>>`SELECT id, dpo_notify_subjects, subjects_ordered_on, subjects_order_reference FROM breaches`.execute(db);
    expect(before.rows).toEqual([{ id: 'b1', dpo_notify_subjects: 0, subjects_ordered_on: null, subjects_order_reference: null }]);
    await sql`UPDATE breaches SET subjects_ordered_on = '2026-04-10', subjects_order_reference = 'Prot. 4471/2026' WHERE id = 'b1'`.execute(db);
    const after = await sql<Record<string, unknown>>`SELECT subjects_ordered_on AS day, subjects_order_reference AS ref FROM breaches WHERE id = 'b1'`.execute(db);
    expect(after.rows).toEqual([{ day: '2026-04-10', ref: 'Prot. 4471/2026' }]);
    // The table is STRICT, as before: the new columns hold text only.
    await expect(sql`UPDATE breaches SET subjects_ordered_on = x'00' WHERE id = 'b1'`.execute(db)).rejects.toThrow(/cannot store BLOB/);
  });
});
