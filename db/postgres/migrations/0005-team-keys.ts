import { sql, type Kysely } from 'kysely';

/**
 * The team data key, wrapped once per member. The key itself (256 random bits) seals the
 * confidential columns on the client; the server holds it only wrapped, each row by a key
 * derived from one member's password (scrypt, the member's own salt and cost, AES-256-GCM as
 * the vault's header does). A member reads only their own row; only a DPO (who holds the key)
 * adds rows, sets a member's new password with its re-wrapped key through `team_set_password`,
 * and deletes a row through `team_forget_key` (which disabling a member calls): SECURITY
 * DEFINER functions, since a DPO may neither alter roles nor see other members' rows.
 * Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE team_keys (
      login TEXT PRIMARY KEY REFERENCES team_members (login),
      kdf TEXT NOT NULL CHECK (kdf = 'scrypt'),
      params TEXT NOT NULL,
      wrapped TEXT NOT NULL,
      created_at TEXT NOT NULL
    )
  `.execute(db);
  await sql`ALTER TABLE team_keys ENABLE ROW LEVEL SECURITY`.execute(db);
  await sql`
    DO $$
    DECLARE
      dpo TEXT := team_role_name('dpo');
      analyst TEXT := team_role_name('analyst');
      auditor TEXT := team_role_name('auditor');
    BEGIN
      EXECUTE format('GRANT SELECT ON team_keys TO %I, %I, %I', dpo, analyst, auditor);
      EXECUTE format('GRANT INSERT ON team_keys TO %I', dpo);
      EXECUTE format('CREATE POLICY team_keys_own ON team_keys FOR SELECT TO %I, %I, %I USING (login = session_user)', dpo, analyst, auditor);
      EXECUTE format('CREATE POLICY team_keys_add ON team_keys FOR INSERT TO %I WITH CHECK (true)', dpo);
    END
    $$
  `.execute(db);
  await sql`
    CREATE FUNCTION team_forget_key(p_login TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      IF NOT team_caller_is_dpo() THEN
        RAISE EXCEPTION 'only a DPO may remove a member''s team key' USING ERRCODE = 'insufficient_privilege';
      END IF;
      DELETE FROM team_keys WHERE login = p_login;
    END
    $$
  `.execute(db);
  await sql`
    CREATE FUNCTION team_set_password(p_login TEXT, p_verifier TEXT, p_params TEXT, p_wrapped TEXT, p_at TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      IF NOT team_caller_is_dpo() THEN
        RAISE EXCEPTION 'only a DPO may set a member''s password' USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN
        RAISE EXCEPTION 'invalid password verifier' USING ERRCODE = 'invalid_parameter_value';
      END IF;
      PERFORM 1 FROM team_members WHERE login = p_login AND active = 1;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'no active team member %', p_login USING ERRCODE = 'no_data_found';
      END IF;
      EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
      INSERT INTO team_keys (login, kdf, params, wrapped, created_at) VALUES (p_login, 'scrypt', p_params, p_wrapped, p_at)
        ON CONFLICT (login) DO UPDATE SET kdf = EXCLUDED.kdf, params = EXCLUDED.params, wrapped = EXCLUDED.wrapped, created_at = EXCLUDED.created_at;
    END
    $$
  `.execute(db);
  await sql`
    DO $$
    BEGIN
      REVOKE ALL ON FUNCTION team_forget_key(TEXT), team_set_password(TEXT, TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;
      EXECUTE format('GRANT EXECUTE ON FUNCTION team_forget_key(TEXT), team_set_password(TEXT, TEXT, TEXT, TEXT, TEXT) TO %I', team_role_name('dpo'));
    END
    $$
  `.execute(db);
}
