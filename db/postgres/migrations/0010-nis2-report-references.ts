import { sql, type Kysely } from 'kysely';

/**
 * The vault's 0032 on the team server: one CSIRT reference per NIS2 report sent, on
 * `breach_roles` beside each report's time (review 6, F16). The old single `nis2_reference`
 * goes to the latest report recorded (final, else progress, else notification, else early
 * warning; which report it came with cannot be known, and the latest is the one `breach show`
 * printed it against), then the old column goes. The roles keep the grants 0003 gave on the
 * whole table, granted again here so the new columns' rights are stated where they are added.
 * Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE breach_roles
      ADD COLUMN nis2_early_warning_reference TEXT,
      ADD COLUMN nis2_notification_reference TEXT,
      ADD COLUMN nis2_progress_reference TEXT,
      ADD COLUMN nis2_final_reference TEXT
  `.execute(db);
  await sql`
    UPDATE breach_roles SET
      nis2_final_reference = CASE WHEN nis2_final_report_at IS NOT NULL THEN nis2_reference END,
      nis2_progress_reference = CASE WHEN nis2_final_report_at IS NULL AND nis2_progress_report_at IS NOT NULL THEN nis2_reference END,
      nis2_notification_reference = CASE WHEN nis2_final_report_at IS NULL AND nis2_progress_report_at IS NULL AND nis2_notification_at IS NOT NULL THEN nis2_reference END,
      nis2_early_warning_reference = CASE WHEN nis2_final_report_at IS NULL AND nis2_progress_report_at IS NULL AND nis2_notification_at IS NULL THEN nis2_reference END
    WHERE nis2_reference IS NOT NULL
  `.execute(db);
  await sql`ALTER TABLE breach_roles DROP COLUMN nis2_reference`.execute(db);
  await sql`
    DO $$
    DECLARE
      dpo TEXT := team_role_name('dpo');
      analyst TEXT := team_role_name('analyst');
      auditor TEXT := team_role_name('auditor');
    BEGIN
      EXECUTE format('GRANT SELECT ON breach_roles TO %I, %I, %I', dpo, analyst, auditor);
      EXECUTE format('GRANT INSERT, UPDATE, DELETE ON breach_roles TO %I, %I', dpo, analyst);
    END
    $$
  `.execute(db);
}
