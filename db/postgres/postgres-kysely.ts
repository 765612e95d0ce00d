import { Kysely, PostgresDialect } from 'kysely';
import pg, { type ClientConfig } from 'pg';

const INT8_OID = 20;

/**
 * Counts (`count(*)`) and sums come back from PostgreSQL as `bigint`, which the driver hands
 * over as strings; the services expect numbers, as SQLite gives them. Every figure DPO Desk
 * counts is far below 2^53, so `bigint` is read as a number on these connections only.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? 'text'))) as typeof pg.types.getTypeParser,
};

/**
 * A typed Kysely over a pool of connections to a team database. `DB` is the schema the
 * caller reads (the app's `Database`, or the team schema with its members). A connection the
 * server drops while idle does not end the process.
 */
export function createPostgresKysely<DB>(config: ClientConfig, options: { max?: number } = {}): Kysely<DB> {
  const pool = new pg.Pool({ ...config, types, max: options.max ?? 4 });
  // An idle connection the server dropped (a restart, an administrator, a network cut) is
  // reported here and discarded by the pool; the next query connects again or fails with its
  // own error. Unheard, the event would end the process (the desktop app's main process).
  pool.on('error', () => undefined);
  // The same for a connection dropped while checked out between two queries: its query fails
  // (and says so); the connection's own error event must not end the process either.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}
