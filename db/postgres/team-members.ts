import { sql, type Kysely, type QueryExecutorProvider } from 'kysely';
import type { Database } from '../schema';
import { scramVerifier } from './scram-verifier';
import type { TeamMemberRow, TeamRole } from './team-schema';

/** What the server said no to about a member, by PostgreSQL's error code. */
export type TeamMemberProblem = 'exists' | 'not-allowed' | 'not-found' | 'last-dpo' | 'invalid';

/** A refusal from the team database's member functions, with the reason. */
export class TeamMemberError extends Error {
  constructor(
    readonly problem: TeamMemberProblem,
    message: string,
  ) {
    super(message);
    this.name = 'TeamMemberError';
  }
}

const PROBLEM_BY_CODE: Record<string, TeamMemberProblem> = {
  '42710': 'exists',
  '42501': 'not-allowed',
  P0002: 'not-found',
  '23514': 'last-dpo',
  '22023': 'invalid',
};

/** Turns PostgreSQL's refusal into a `TeamMemberError`; anything else is rethrown as it is. */
async function refusalsAsErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const problem = PROBLEM_BY_CODE[code];
    if (problem) throw new TeamMemberError(problem, error instanceof Error ? error.message : String(error));
    throw error;
  }
}

/** A new member's facts; the password is turned into a SCRAM verifier here and never sent. */
export interface NewTeamMember {
  login: string;
  displayName: string;
  role: TeamRole;
  password: string;
}

/**
 * Creates the member's login role in its group and its `team_members` row, through the
 * database's `team_add_member` (which refuses a caller who is not a DPO). Run it in the
 * transaction that appends the audit event: role creation is transactional in PostgreSQL.
 */
export function insertTeamMember(trx: Kysely<Database>, member: NewTeamMember, at: Date): Promise<void> {
  return refusalsAsErrors(async () => {
    await sql`SELECT team_add_member(${member.login}, ${scramVerifier(member.password)}, ${member.role}, ${member.displayName}, ${at.toISOString()})`.execute(trx);
  });
}

/**
 * Sets an active member's password (a SCRAM verifier, never the password) and their re-wrapped
 * team key together, through the database's `team_set_password` (which refuses a caller who is
 * not a DPO). Run it in the transaction that appends the audit event.
 */
export function setTeamMemberPassword(trx: Kysely<Database>, login: string, password: string, wrapped: { params: string; wrapped: string }, at: Date): Promise<void> {
  return refusalsAsErrors(async () => {
    await sql`SELECT team_set_password(${login}, ${scramVerifier(password)}, ${wrapped.params}, ${wrapped.wrapped}, ${at.toISOString()})`.execute(trx);
  });
}

/**
 * Sets the session's own password (a SCRAM verifier, never the password) and their own
 * re-wrapped team key together, through the database's `team_change_own_password`, which acts
 * on the session's login only: any member may, whatever their role.
 */
export function setOwnPassword(trx: Kysely<Database>, password: string, wrapped: { params: string; wrapped: string }, at: Date): Promise<void> {
  return refusalsAsErrors(async () => {
    await sql`SELECT team_change_own_password(${scramVerifier(password)}, ${wrapped.params}, ${wrapped.wrapped}, ${at.toISOString()})`.execute(trx);
  });
}

/** Stops a member from logging in (their row and everything they did stay); the last DPO cannot be disabled. */
export function disableTeamMemberRole(trx: Kysely<Database>, login: string, at: Date): Promise<void> {
  return refusalsAsErrors(async () => {
    await sql`SELECT team_disable_member(${login}, ${at.toISOString()})`.execute(trx);
  });
}

/** The team's members, by login. */
export async function selectTeamMembers(db: QueryExecutorProvider): Promise<TeamMemberRow[]> {
  const result = await sql<TeamMemberRow>`SELECT login, display_name, role, active, created_at, disabled_at FROM team_members ORDER BY login`.execute(db);
  return result.rows;
}

/** The login this connection authenticated as: the person the audit trail names. */
export async function sessionLogin(db: QueryExecutorProvider): Promise<string> {
  const result = await sql<{ login: string }>`SELECT session_user AS login`.execute(db);
  return result.rows[0]?.login ?? '';
}
