import type { Kysely } from 'kysely';
import { DatabaseUrlError, parseDatabaseUrl } from '../../../db/postgres/database-url';
import { createPostgresKysely } from '../../../db/postgres/postgres-kysely';
import type { Database } from '../../../db/schema';
import { AppError } from '../errors';
import { msg } from '../i18n';

/** An open team database: the app's schema over a pool of PostgreSQL connections. */
export type TeamConnection = Kysely<Database>;

/**
 * Connects to a team database from its URL (`DPO_DESK_DATABASE_URL`). A password given apart
 * (an environment variable or a prompt) fills in one the URL leaves out. A URL that would
 * send the team's data in clear over a network is refused before any connection.
 */
export function openTeamDatabase(url: string, password?: string): TeamConnection {
  const config = checkedTeamUrl(url);
  return createPostgresKysely<Database>({ ...config, password: config.password ?? password });
}

/**
 * The connection settings a team database URL gives, or the reason it is refused, in the
 * user's language: called before any secret is asked for, so a mistyped URL costs nothing.
 */
export function checkedTeamUrl(url: string): ReturnType<typeof parseDatabaseUrl> {
  try {
    return parseDatabaseUrl(url);
  } catch (error) {
    if (error instanceof DatabaseUrlError) {
      throw new AppError('VALIDATION', msg(`msg.error.team.url.${error.problem}`, { value: error.detailValue }));
    }
    throw error;
  }
}
