import { sql, type Kysely } from 'kysely';

/**
 * Who may do what, enforced by the database itself. Three group roles per team database
 * (named after it, so several teams can share a server): `<db>_dpo` (everything),
 * `<db>_analyst` (cases, not settings, clients or members) and `<db>_auditor` (reads only).
 * Members are login roles in one group, created only through `team_add_member`, a
 * SECURITY DEFINER function a DPO may call (so no member needs CREATEROLE) that takes a
 * SCRAM verifier, never a password. Nobody is granted UPDATE, DELETE or TRUNCATE on the
 * audit trail (and its triggers refuse them even to the owner), and row-level security lets
 * a member append only events, and case history, that name the member as the actor.
 * Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE team_members (
      login TEXT PRIMARY KEY,
      display_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('dpo', 'analyst', 'auditor')),
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      disabled_at TEXT
    )
  `.execute(db);
  await sql`
    CREATE FUNCTION team_role_name(kind TEXT) RETURNS TEXT LANGUAGE sql STABLE
    AS $$ SELECT current_database() || '_' || kind $$
  `.execute(db);
  await sql`
    DO $$
    DECLARE
      dpo TEXT := team_role_name('dpo');
      analyst TEXT := team_role_name('analyst');
      auditor TEXT := team_role_name('auditor');
    BEGIN
      EXECUTE format('CREATE ROLE %I NOLOGIN', auditor);
      EXECUTE format('CREATE ROLE %I NOLOGIN', analyst);
      EXECUTE format('CREATE ROLE %I NOLOGIN', dpo);
      EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
      EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I, %I', current_database(), dpo, analyst, auditor);
      REVOKE ALL ON SCHEMA public FROM PUBLIC;
      EXECUTE format('GRANT USAGE ON SCHEMA public TO %I, %I, %I', dpo, analyst, auditor);
      EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I, %I, %I', dpo, analyst, auditor);
      EXECUTE format('GRANT INSERT, UPDATE, DELETE ON requests, request_types, request_clock_stops, request_history,
        request_changes, request_notes, request_clients, attachments TO %I, %I', dpo, analyst);
      EXECUTE format('GRANT INSERT, UPDATE, DELETE ON settings, vault_meta, clients TO %I', dpo);
      EXECUTE format('GRANT INSERT ON audit_events TO %I, %I', dpo, analyst);
      EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %I, %I', dpo, analyst);
      EXECUTE format('CREATE POLICY audit_read ON audit_events FOR SELECT TO %I, %I, %I USING (true)', dpo, analyst, auditor);
      EXECUTE format('CREATE POLICY audit_append ON audit_events FOR INSERT TO %I, %I WITH CHECK (actor = session_user)', dpo, analyst);
      EXECUTE format('CREATE POLICY history_read ON request_history FOR SELECT TO %I, %I, %I USING (true)', dpo, analyst, auditor);
      EXECUTE format('CREATE POLICY history_append ON request_history FOR INSERT TO %I, %I WITH CHECK (actor = session_user)', dpo, analyst);
      EXECUTE format('CREATE POLICY history_erase ON request_history FOR DELETE TO %I, %I USING (true)', dpo, analyst);
    END
    $$
  `.execute(db);
  await sql`ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`ALTER TABLE request_history ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`
    CREATE FUNCTION team_caller_is_dpo() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$ SELECT session_user = current_user OR pg_has_role(session_user, team_role_name('dpo'), 'MEMBER') $$
  `.execute(db);
  await sql`
    CREATE FUNCTION team_add_member(p_login TEXT, p_verifier TEXT, p_role TEXT, p_display TEXT, p_at TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      IF NOT team_caller_is_dpo() THEN
        RAISE EXCEPTION 'only a DPO may add team members' USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF p_role NOT IN ('dpo', 'analyst', 'auditor') OR p_login !~ '^[a-z][a-z0-9_]{1,40}$' OR p_verifier !~ '^SCRAM-SHA-256\\$' THEN
        RAISE EXCEPTION 'invalid team member' USING ERRCODE = 'invalid_parameter_value';
      END IF;
      EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_verifier, team_role_name(p_role));
      INSERT INTO team_members (login, display_name, role, active, created_at) VALUES (p_login, p_display, p_role, 1, p_at);
    END
    $$
  `.execute(db);
  await sql`
    CREATE FUNCTION team_disable_member(p_login TEXT, p_at TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      member team_members%ROWTYPE;
    BEGIN
      IF NOT team_caller_is_dpo() THEN
        RAISE EXCEPTION 'only a DPO may disable team members' USING ERRCODE = 'insufficient_privilege';
      END IF;
      SELECT * INTO member FROM team_members WHERE login = p_login FOR UPDATE;
      IF NOT FOUND OR member.active = 0 THEN
        RAISE EXCEPTION 'no active team member %', p_login USING ERRCODE = 'no_data_found';
      END IF;
      PERFORM 1 FROM team_members WHERE role = 'dpo' AND active = 1 FOR UPDATE;
      IF member.role = 'dpo' AND (SELECT count(*) FROM team_members WHERE role = 'dpo' AND active = 1) = 1 THEN
        RAISE EXCEPTION 'the last DPO cannot be disabled' USING ERRCODE = 'check_violation';
      END IF;
      EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
      UPDATE team_members SET active = 0, disabled_at = p_at WHERE login = p_login;
    END
    $$
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      REVOKE ALL ON FUNCTION team_add_member(TEXT, TEXT, TEXT, TEXT, TEXT), team_disable_member(TEXT, TEXT), team_caller_is_dpo() FROM PUBLIC;
      EXECUTE format('GRANT EXECUTE ON FUNCTION team_add_member(TEXT, TEXT, TEXT, TEXT, TEXT), team_disable_member(TEXT, TEXT), team_caller_is_dpo() TO %I', team_role_name('dpo'));
    END
    $$
  `.execute(db);
}
