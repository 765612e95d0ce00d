import { sql, type Kysely } from 'kysely';

/**
 * The vault's 0029 on the team server: a version on every kept letter draft, moved by each
 * save, so two members editing one draft cannot overwrite each other's text unseen.
 *
 * And an auditor generates audit reports, and every report is recorded in the trail
 * (`report.generated`, with the chain head it certified). The auditor may append that event
 * and no other, in their own name: the grant is INSERT on the trail, and row-level security
 * holds it to that one action. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE letter_drafts ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)`.execute(db);
  await sql`
    DO $$
    DECLARE
      auditor TEXT := team_role_name('auditor');
    BEGIN
      EXECUTE format('GRANT INSERT ON audit_events TO %I', auditor);
      EXECUTE format($f$CREATE POLICY audit_report_append ON audit_events FOR INSERT TO %I
        WITH CHECK (actor = session_user AND action = 'report.generated' AND entity_type = 'report')$f$, auditor);
    END
    $$
  `.execute(db);
}
