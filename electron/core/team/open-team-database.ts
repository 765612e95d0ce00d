import type { Kysely } from 'kysely';
import type { ClientConfig } from 'pg';
import { DatabaseUrlError, parseDatabaseUrl } from '../../../db/postgres/database-url';
import { createPostgresKysely } from '../../../db/postgres/postgres-kysely';
import { ConfidentialFieldsPlugin } from '../../../db/confidential/confidential-fields-plugin';
import type { Database } from '../../../db/schema';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { fieldSealAppError } from './field-errors';

/** An open team database: the app's schema over a pool of PostgreSQL connections. */
export type TeamConnection = Kysely<Database>;

/** How long a sign-in waits for the server before saying it cannot be reached. */
const CONNECT_TIMEOUT_MS = 15_000;

/**
 * Reads a team database URL into the driver's settings, or says in the user's language why
 * it is refused (not a URL, not PostgreSQL, TLS required for a server that is not this machine…).
 */
export function readTeamUrl(url: string): ClientConfig {
  try {
    return parseDatabaseUrl(url);
  } catch (error) {
    if (error instanceof DatabaseUrlError) {
      throw new AppError('VALIDATION', msg(`msg.error.team.url.${error.problem}`, { value: error.detailValue }));
    }
    throw error;
  }
}

/**
 * Connects to a team database from its URL (`DPO_DESK_DATABASE_URL`). A password given apart
 * (an environment variable or a prompt) fills in one the URL leaves out. A URL that would
 * send the team's data in clear over a network is refused before any connection. Every
 * connection carries the confidential-fields plugin, closed: nothing confidential is read or
 * written until the member's team key is opened (`unlockTeamFields`).
 */
export function openTeamDatabase(url: string, password?: string): TeamConnection {
  const config = readTeamUrl(url);
  const db = createPostgresKysely<Database>({ ...config, password: config.password ?? password, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  return db.withPlugin(new ConfidentialFieldsPlugin(fieldSealAppError));
}
