import { sql, type QueryExecutorProvider } from 'kysely';

/** One member's wrapped copy of the team data key, as `team_keys` holds it (JSON texts for the KDF's parameters and the wrap). */
export interface TeamKeyRow {
  login: string;
  kdf: 'scrypt';
  params: string;
  wrapped: string;
  created_at: string;
}

/** Stores a new member's wrapped key; the server lets only a DPO (or the owner) write. */
export async function insertTeamKey(db: QueryExecutorProvider, row: TeamKeyRow): Promise<void> {
  await sql`INSERT INTO team_keys (login, kdf, params, wrapped, created_at) VALUES (${row.login}, ${row.kdf}, ${row.params}, ${row.wrapped}, ${row.created_at})`.execute(db);
}

/** The wrapped key of the connection's own login (the only row a member may read), or undefined. */
export async function ownTeamKey(db: QueryExecutorProvider): Promise<TeamKeyRow | undefined> {
  const result = await sql<TeamKeyRow>`SELECT login, kdf, params, wrapped, created_at FROM team_keys WHERE login = session_user`.execute(db);
  return result.rows[0];
}

/** Deletes a member's wrapped key through `team_forget_key` (a DPO only): a disabled member can no longer open the confidential fields. */
export async function deleteTeamKey(db: QueryExecutorProvider, login: string): Promise<void> {
  await sql`SELECT team_forget_key(${login})`.execute(db);
}
