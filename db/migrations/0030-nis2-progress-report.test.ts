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

describe('migration 0030: the NIS2 progress report on the breach', () => {
  it('keeps the NIS2 reports of a database at 0029, with no progress report recorded, and then records one beside them', async () => {
    sqlite = openPlainDatabase(':memory:');
    const db = createKysely(sqlite);
    const migrator = new Migrator({ db, provider: staticMigrationProvider });
    expect((await migrator.migrateTo('0029-letter-draft-versions')).error).toBeUndefined();
    await sql`
      INSERT INTO breaches (id, reference, ref_year, ref_seq, title, description, aware_at, aware_utc, authority_deadline, systems, subject_categories,
        cross_border, other_authorities, processors, facts_draft, status, created_at, updated_at)
      VALUES ('b1', 'B-2026-001', 2026, 1, 'Exports bucket left public', '', '2026-03-27T10:00:00+01:00', '2026-03-27T09:00:00Z', '2026-03-30T10:00:00+01:00',
        '[]', '[]', '[]', '[]', '[]', '{}', 'open', '2026-03-27T09:00:00Z', '2026-03-27T09:00:00Z')
    `.execute(db);
    await sql`
      INSERT INTO breach_roles (breach_id, controller_side, processor_reported_at, nis2_significant, nis2_early_warning_at, nis2_notification_at, nis2_final_report_at, nis2_reference)
      VALUES ('b1', 1, NULL, 1, '2026-03-27T20:00:00+01:00', '2026-03-29T09:00:00+02:00', NULL, 'CSIRT-IT 4471')
    `.execute(db);
    expect((await migrator.migrateTo('0030-nis2-progress-report')).error).toBeUndefined();

    const before = await sql<Record<string, unknown>>`SELECT * FROM breach_roles`.execute(db);
    expect(before.rows).toEqual([
      {
        breach_id: 'b1',
        controller_side: 1,
        processor_reported_at: null,
        nis2_significant: 1,
        nis2_early_warning_at: '2026-03-27T20:00:00+01:00',
        nis2_notification_at: '2026-03-29T09:00:00+02:00',
        nis2_final_report_at: null,
        nis2_reference: 'CSIRT-IT 4471',
        nis2_progress_report_at: null,
      },
    ]);
    await sql`UPDATE breach_roles SET nis2_progress_report_at = '2026-04-29T08:30:00+02:00' WHERE breach_id = 'b1'`.execute(db);
    const after = await sql<{ at: string }>`SELECT nis2_progress_report_at AS at FROM breach_roles WHERE breach_id = 'b1'`.execute(db);
    expect(after.rows).toEqual([{ at: '2026-04-29T08:30:00+02:00' }]);
    // The table is STRICT, as before: the new column holds text only.
    await expect(sql`UPDATE breach_roles SET nis2_progress_report_at = x'00' WHERE breach_id = 'b1'`.execute(db)).rejects.toThrow(/cannot store BLOB/);
  });
});
