import { Kysely, SqliteDialect } from 'kysely';
import type { SqliteDatabase } from './connection';
import type { Database } from './schema';

/** Wraps an open SQLite connection in a typed Kysely instance. */
export function createKysely(sqlite: SqliteDatabase): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}
