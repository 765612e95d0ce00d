import { sql, type Kysely } from 'kysely';

/**
 * The vault's 0030 on the team server: when the NIS2 progress report went to the CSIRT
 * (Directive (EU) 2022/2555 Art. 23(4)(e); D.Lgs. 138/2024 art. 25, comma 5, lett. e)), on
 * `breach_roles` beside the other reports. The roles keep the grants 0003 gave on the whole
 * table (every member reads it; the DPO and analysts write it; the auditor only reads), granted
 * again here so the new column's rights are stated where it is added. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE breach_roles ADD COLUMN nis2_progress_report_at TEXT`.execute(db);
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
