import { sql, type Kysely } from 'kysely';

/**
 * The vault's 0033 on the team server: the supervisory authority's order to tell the people
 * (Art. 34(4) GDPR), its day and reference, on `breaches` beside the decision. The roles keep
 * the grants 0003 gave on the whole table (every member reads it; the DPO and analysts write
 * it; the auditor only reads), granted again here so the new columns' rights are stated where
 * they are added. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE breaches ADD COLUMN subjects_ordered_on TEXT`.execute(db);
  await sql`ALTER TABLE breaches ADD COLUMN subjects_order_reference TEXT`.execute(db);
  await sql`
    DO $$
    DECLARE
      dpo TEXT := team_role_name('dpo');
      analyst TEXT := team_role_name('analyst');
      auditor TEXT := team_role_name('auditor');
    BEGIN
      EXECUTE format('GRANT SELECT ON breaches TO %I, %I, %I', dpo, analyst, auditor);
      EXECUTE format('GRANT INSERT, UPDATE, DELETE ON breaches TO %I, %I', dpo, analyst);
    END
    $$
  `.execute(db);
}
