import { sql, type Kysely } from 'kysely';

/**
 * The vault's 0029 on the team server: a version on every kept letter draft, moved by each
 * save, so two members editing one draft cannot overwrite each other's text unseen.
 *
 * And an auditor generates audit reports, and every report is recorded in the trail
 * (`report.generated`, with the chain head it certified). The auditor may append that event
 * and no other, in their own name: the grant is INSERT on the trail, and row-level security
 * holds it to that one action (and to the record of changing their own password).
 *
 * And every member changes their own password, with their copy of the team key re-wrapped
 * for it, through `team_change_own_password` (SECURITY DEFINER, since a member may neither
 * alter roles nor write `team_keys`): it acts on the session's own login only, so nobody
 * changes someone else's password this way. Frozen once released.
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
      EXECUTE format($f$CREATE POLICY audit_auditor_append ON audit_events FOR INSERT TO %I
        WITH CHECK (actor = session_user AND (
          (action = 'report.generated' AND entity_type = 'report')
          OR (action = 'team.own-password-changed' AND entity_type = 'team-member' AND entity_id = session_user)))$f$, auditor);
    END
    $$
  `.execute(db);
  await sql`
    CREATE FUNCTION team_change_own_password(p_verifier TEXT, p_params TEXT, p_wrapped TEXT, p_at TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN
        RAISE EXCEPTION 'invalid password verifier' USING ERRCODE = 'invalid_parameter_value';
      END IF;
      PERFORM 1 FROM team_members WHERE login = session_user AND active = 1;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'no active team member %', session_user USING ERRCODE = 'no_data_found';
      END IF;
      EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_verifier);
      UPDATE team_keys SET params = p_params, wrapped = p_wrapped, created_at = p_at WHERE login = session_user;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'no team key for %', session_user USING ERRCODE = 'no_data_found';
      END IF;
    END
    $$
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      REVOKE ALL ON FUNCTION team_change_own_password(TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;
      EXECUTE format('GRANT EXECUTE ON FUNCTION team_change_own_password(TEXT, TEXT, TEXT, TEXT) TO %I, %I, %I',
        team_role_name('dpo'), team_role_name('analyst'), team_role_name('auditor'));
    END
    $$
  `.execute(db);
}
