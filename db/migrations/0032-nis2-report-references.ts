import { sql, type Kysely } from 'kysely';

/**
 * One CSIRT reference per NIS2 report sent, as `breach_notifications` keeps one per Garante
 * phase: the early warning, the incident notification, the progress report and the final
 * report each keep the reference the CSIRT gave it, beside when it went. Before, one
 * `nis2_reference` per breach was overwritten by each report recorded with a reference, so the
 * incident notification's protocol replaced the early warning's (review 6, F16).
 *
 * The old single reference goes to the LATEST report recorded (final, else progress, else
 * notification, else early warning): which report it came with cannot be known (the audit
 * event of a report records its stage and time, not its reference), and the latest is the
 * report `breach show` printed it against. Then the old column goes. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['nis2_early_warning_reference', 'nis2_notification_reference', 'nis2_progress_reference', 'nis2_final_reference']) {
    await sql`ALTER TABLE breach_roles ADD COLUMN ${sql.raw(column)} TEXT`.execute(db);
  }
  await sql`UPDATE breach_roles SET nis2_final_reference = nis2_reference WHERE nis2_reference IS NOT NULL AND nis2_final_report_at IS NOT NULL`.execute(db);
  await sql`
    UPDATE breach_roles SET nis2_progress_reference = nis2_reference
    WHERE nis2_reference IS NOT NULL AND nis2_final_report_at IS NULL AND nis2_progress_report_at IS NOT NULL
  `.execute(db);
  await sql`
    UPDATE breach_roles SET nis2_notification_reference = nis2_reference
    WHERE nis2_reference IS NOT NULL AND nis2_final_report_at IS NULL AND nis2_progress_report_at IS NULL AND nis2_notification_at IS NOT NULL
  `.execute(db);
  // A reference with no report recorded at all (set by hand) stays with the first report, the early warning.
  await sql`
    UPDATE breach_roles SET nis2_early_warning_reference = nis2_reference
    WHERE nis2_reference IS NOT NULL AND nis2_final_report_at IS NULL AND nis2_progress_report_at IS NULL AND nis2_notification_at IS NULL
  `.execute(db);
  await sql`ALTER TABLE breach_roles DROP COLUMN nis2_reference`.execute(db);
}
