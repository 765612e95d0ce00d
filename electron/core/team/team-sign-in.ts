import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { TeamMemberView, TeamServerView } from '../../shared/contract/team';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { openTeamDatabase, readTeamUrl } from './open-team-database';
import { signInError } from './sign-in-errors';
import { TeamChangeFeed } from './team-change-feed';
import { unlockTeamFields } from './team-data-key';
import type { TeamServerChoice } from './team-config';

/** A signed-in member's connection: the pool, who they are, and the server they are on. */
export interface TeamSignIn {
  db: Kysely<Database>;
  member: TeamMemberView;
  server: Omit<TeamServerView, 'source'>;
  /** Starts listening for the team's changes as this member, on a connection of its own. */
  openChangeFeed(): TeamChangeFeed;
}

/** The server's address as people read it (host, port, database), from a URL already judged valid. */
export function serverOf(choice: TeamServerChoice): Omit<TeamServerView, 'source'> {
  const config = readTeamUrl(choice.url);
  return { host: config.host ?? 'localhost', port: config.port ?? 5432, database: config.database ?? '', login: choice.login };
}

/** The URL with the member as its user and no password in it (the password travels apart). */
function urlFor(url: string, login: string): string {
  const parsed = new URL(url);
  parsed.username = login;
  parsed.password = '';
  return parsed.toString();
}

/**
 * Signs a member in to a team server: connects as their login role with their password
 * (SCRAM; TLS as the URL's rules require), then checks that the login is an active member
 * of the team, and opens the team data key from their wrapped copy with the same password
 * (the confidential fields are then read and written in clear by this app only). Every way this can fail (wrong password, disabled or unknown member, TLS
 * refused, server unreachable, not a team database) is an `AppError` in the user's
 * language, and the pool is closed again.
 */
export async function signInToTeam(choice: TeamServerChoice, login: string, password: string): Promise<TeamSignIn> {
  const server = { ...serverOf(choice), login };
  const memberUrl = urlFor(choice.url, login);
  const db = openTeamDatabase(memberUrl, password);
  const openChangeFeed = () => new TeamChangeFeed({ ...readTeamUrl(memberUrl), password });
  try {
    const member = await readMember(db);
    if (!member?.active) throw new AppError('FORBIDDEN', msg(member ? 'msg.error.team.signIn.disabled' : 'msg.error.team.signIn.notMember', { login }));
    await unlockTeamFields(db, login, password);
    return { db, member: { login: member.login, displayName: member.display_name, role: member.role }, server, openChangeFeed };
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw signInError(error, server);
  }
}

async function readMember(db: Kysely<Database>): Promise<{ login: string; display_name: string; role: TeamMemberView['role']; active: boolean } | undefined> {
  const result = await sql<{ login: string; display_name: string; role: TeamMemberView['role']; active: boolean }>`
    SELECT login, display_name, role, active = 1 AS active FROM team_members WHERE login = session_user`.execute(db);
  return result.rows[0];
}
