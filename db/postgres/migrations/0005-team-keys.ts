import { sql, type Kysely } from 'kysely';

/**
 * The team data key, wrapped once per member. The key itself (256 random bits) seals the
 * confidential columns on the client; the server holds it only wrapped, each row by a key
 * derived from one member's password (scrypt, the member's own salt and cost, AES-256-GCM as
 * the vault's header does). A member reads only their own row; only a DPO (who holds the key)
 * adds or replaces rows, and deletes one through `team_forget_key` (a SECURITY DEFINER
 * function, since a DPO cannot see other members' rows to delete them), which disabling a
 * member calls.
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
      EXECUTE format('GRANT INSERT, UPDATE ON team_keys TO %I', dpo);
      EXECUTE format('CREATE POLICY team_keys_own ON team_keys FOR SELECT TO %I, %I, %I USING (login = session_user)', dpo, analyst, auditor);
      EXECUTE format('CREATE POLICY team_keys_add ON team_keys FOR INSERT TO %I WITH CHECK (true)', dpo);
      EXECUTE format('CREATE POLICY team_keys_replace ON team_keys FOR UPDATE TO %I USING (true) WITH CHECK (true)', dpo);
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
    DO $$
    BEGIN
      REVOKE ALL ON FUNCTION team_forget_key(TEXT) FROM PUBLIC;
      EXECUTE format('GRANT EXECUTE ON FUNCTION team_forget_key(TEXT) TO %I', team_role_name('dpo'));
    END
    $$
  `.execute(db);
}
