import { sql, type Kysely, type QueryExecutorProvider } from 'kysely';
import { Migrator } from 'kysely/migration';
import { DatabaseFromFutureError } from '../migrate';
import { postgresMigrationProvider, postgresMigrations } from './migrations';

async function executedMigrations(db: QueryExecutorProvider): Promise<string[]> {
  const table = await sql<{ name: string | null }>`SELECT to_regclass('kysely_migration')::text AS name`.execute(db);
  if (!table.rows[0]?.name) return [];
  const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** Whether the team database is empty of DPO Desk's schema (no migration has run). */
export async function isUninitialised(db: QueryExecutorProvider): Promise<boolean> {
  return (await executedMigrations(db)).length === 0;
}

/** How many tables the database's `public` schema holds: a vault moves only into a database that holds none. */
export async function publicTableCount(db: QueryExecutorProvider): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`.execute(db);
  return result.rows[0]?.n ?? 0;
}

/**
 * Brings a team database's schema up to date; run by its owner (`team init`), since the
 * migrations create roles and grants. A database migrated by a newer DPO Desk is refused.
 */
export async function migratePostgresToLatest<DB>(db: Kysely<DB>): Promise<void> {
  const known = new Set(Object.keys(postgresMigrations));
  const unknown = (await executedMigrations(db)).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new DatabaseFromFutureError(unknown);
  const { error } = await new Migrator({ db, provider: postgresMigrationProvider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
