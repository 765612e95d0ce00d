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
 * caller reads (the app's `Database`, or the team schema with its members).
 */
export function createPostgresKysely<DB>(config: ClientConfig, options: { max?: number } = {}): Kysely<DB> {
  const pool = new pg.Pool({ ...config, types, max: options.max ?? 4 });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}
