import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrations, staticMigrationProvider } from './migrations';
import type { Database } from './schema';

/** The database was written by a newer DPO Desk: it holds migrations this version does not know. */
export class DatabaseFromFutureError extends Error {
  constructor(readonly unknownMigrations: string[]) {
    super(`The vault was last opened by a newer version of DPO Desk (schema ${unknownMigrations.at(-1)}); update DPO Desk to open it`);
    this.name = 'DatabaseFromFutureError';
  }
}

async function executedMigrations(db: Kysely<Database>): Promise<string[]> {
  const table = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'
  `.execute(db);
  if (table.rows.length === 0) return [];
  const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/**
 * Brings the schema up to date. A database that has run migrations this build does not
 * know comes from a newer version: it is refused before anything is written.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const known = new Set(Object.keys(migrations));
  const unknown = (await executedMigrations(db)).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new DatabaseFromFutureError(unknown);
  const { error } = await new Migrator({ db, provider: staticMigrationProvider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** The migrations this build knows that the database has not run yet (empty when up to date). */
export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const executed = new Set(await executedMigrations(db));
  return Object.keys(migrations).filter((name) => !executed.has(name));
}
