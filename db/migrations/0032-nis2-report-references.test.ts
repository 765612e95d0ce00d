import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseAt, type DatabaseAt } from '../../test/support/database-at';

let at: DatabaseAt | undefined;

afterEach(() => {
  at?.close();
  at = undefined;
});

/** A breach row as 0031 stores it. */
function insertBreach(at: DatabaseAt, id: string, seq: number) {
  return sql`
    INSERT INTO breaches (id, reference, ref_year, ref_seq, title, description, aware_at, aware_utc, authority_deadline, systems, subject_categories,
      cross_border, other_authorities, processors, facts_draft, status, created_at, updated_at)
    VALUES (${id}, ${`B-2026-00${seq}`}, 2026, ${seq}, 'Exports bucket left public', '', '2026-03-27T10:00:00+01:00', '2026-03-27T09:00:00Z', '2026-03-30T10:00:00+01:00',
      '[]', '[]', '[]', '[]', '[]', '{}', 'open', '2026-03-27T09:00:00Z', '2026-03-27T09:00:00Z')
  `.execute(at.db);
}

function insertRoles(at: DatabaseAt, id: string, reports: { ew: string | null; notification: string | null; progress: string | null; final: string | null }, reference: string | null) {
  return sql`
    INSERT INTO breach_roles (breach_id, controller_side, processor_reported_at, nis2_significant, nis2_early_warning_at, nis2_notification_at, nis2_progress_report_at,
      nis2_final_report_at, nis2_reference)
    VALUES (${id}, 1, NULL, 1, ${reports.ew}, ${reports.notification}, ${reports.progress}, ${reports.final}, ${reference})
  `.execute(at.db);
}

describe('migration 0032: one CSIRT reference per NIS2 report', () => {
  it('carries the single reference of a database at 0031 over to the latest report recorded, loses none, and drops the old column', async () => {
    at = await databaseAt('0031-history-case-order');
    const EW = '2026-03-27T20:00:00+01:00';
    const NOTIFICATION = '2026-03-29T09:00:00+02:00';
    const PROGRESS = '2026-04-29T08:30:00+02:00';
    const FINAL = '2026-05-20T10:00:00+02:00';
    for (const [index, id] of ['ew', 'notified', 'progress', 'final', 'none', 'unsent'].entries()) await insertBreach(at, id, index + 1);
    await insertRoles(at, 'ew', { ew: EW, notification: null, progress: null, final: null }, 'CSIRT-IT 4471');
    // The demo's case (review 6, F16): the early warning's reference was already overwritten by the notification's; the latest keeps it.
    await insertRoles(at, 'notified', { ew: EW, notification: NOTIFICATION, progress: null, final: null }, 'CSIRT-IT 7731/N');
    await insertRoles(at, 'progress', { ew: EW, notification: NOTIFICATION, progress: PROGRESS, final: null }, 'CSIRT-IT 5120');
    await insertRoles(at, 'final', { ew: EW, notification: NOTIFICATION, progress: PROGRESS, final: FINAL }, 'CSIRT-IT 6001');
    await insertRoles(at, 'none', { ew: EW, notification: NOTIFICATION, progress: null, final: null }, null);
    await insertRoles(at, 'unsent', { ew: null, notification: null, progress: null, final: null }, 'CSIRT-IT 9');

    await at.migrateTo('0032-nis2-report-references');

    const rows = await sql<Record<string, unknown>>`
      SELECT breach_id, nis2_early_warning_at, nis2_notification_at, nis2_progress_report_at, nis2_final_report_at,
        nis2_early_warning_reference AS ew, nis2_notification_reference AS notification, nis2_progress_reference AS progress, nis2_final_reference AS final
      FROM breach_roles ORDER BY breach_id
    `.execute(at.db);
    const refs = Object.fromEntries(rows.rows.map((r) => [r.breach_id, [r.ew, r.notification, r.progress, r.final]]));
    expect(refs).toEqual({
      ew: ['CSIRT-IT 4471', null, null, null],
      notified: [null, 'CSIRT-IT 7731/N', null, null],
      progress: [null, null, 'CSIRT-IT 5120', null],
      final: [null, null, null, 'CSIRT-IT 6001'],
      none: [null, null, null, null],
      unsent: ['CSIRT-IT 9', null, null, null],
    });
    // The reports' times are untouched.
    expect(rows.rows.find((r) => r.breach_id === 'final')).toMatchObject({ nis2_early_warning_at: EW, nis2_notification_at: NOTIFICATION, nis2_progress_report_at: PROGRESS, nis2_final_report_at: FINAL });
    const columns = await sql<{ name: string }>`SELECT name FROM pragma_table_info('breach_roles')`.execute(at.db);
    expect(columns.rows.map((c) => c.name)).not.toContain('nis2_reference');
    // Each report now keeps its own: recording the notification's leaves the early warning's.
    await sql`UPDATE breach_roles SET nis2_notification_reference = 'CSIRT-IT 4471/N' WHERE breach_id = 'ew'`.execute(at.db);
    const ew = await sql<{ a: string; b: string }>`SELECT nis2_early_warning_reference AS a, nis2_notification_reference AS b FROM breach_roles WHERE breach_id = 'ew'`.execute(at.db);
    expect(ew.rows).toEqual([{ a: 'CSIRT-IT 4471', b: 'CSIRT-IT 4471/N' }]);
    // The table is STRICT, as before: the new columns hold text only.
    await expect(sql`UPDATE breach_roles SET nis2_final_reference = x'00' WHERE breach_id = 'ew'`.execute(at.db)).rejects.toThrow(/cannot store BLOB/);
  });
});
