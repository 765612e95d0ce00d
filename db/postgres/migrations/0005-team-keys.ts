import { sql, type Kysely } from 'kysely';

/**
 * The team data key, wrapped once per member. The key itself (256 random bits) seals the
 * confidential columns on the client; the server holds it only wrapped, each row by a key
 * derived from one member's password (scrypt, the member's own salt and cost, AES-256-GCM as
 * the vault's header does). A member reads only their own row; only a DPO (who holds the key)
 * adds, replaces or deletes rows, and disabling a member deletes theirs.
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
      EXECUTE format('GRANT INSERT, UPDATE, DELETE ON team_keys TO %I', dpo);
      EXECUTE format('CREATE POLICY team_keys_own ON team_keys FOR SELECT TO %I, %I, %I USING (login = session_user)', dpo, analyst, auditor);
      EXECUTE format('CREATE POLICY team_keys_add ON team_keys FOR INSERT TO %I WITH CHECK (true)', dpo);
      EXECUTE format('CREATE POLICY team_keys_replace ON team_keys FOR UPDATE TO %I USING (true) WITH CHECK (true)', dpo);
      EXECUTE format('CREATE POLICY team_keys_remove ON team_keys FOR DELETE TO %I USING (true)', dpo);
    END
    $$
  `.execute(db);
}
