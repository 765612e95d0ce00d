import { openPlainDatabase, type SqliteDatabase } from './connection';
import { createKysely } from './kysely';
import { migrateToLatest } from './migrate';

/** One object of a schema: a table, index, trigger or view, with the SQL that made it. */
export interface SchemaObject {
  type: string;
  name: string;
  sql: string;
}

/** The schema objects of an open database (tables, indexes, triggers, views), by name; SQLite's own (`sqlite_stat1`…) left out. */
export function schemaObjects(sqlite: SqliteDatabase): Map<string, SchemaObject> {
  const rows = sqlite.prepare(`SELECT type, name, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND substr(name, 1, 7) <> 'sqlite_' ORDER BY name`).all() as SchemaObject[];
  return new Map(rows.map((row) => [row.name, row]));
}

let expected: Promise<Map<string, SchemaObject>> | null = null;

/**
 * The schema this build's migrations make, taken from a fresh in-memory database (never
 * written to disk). A vault's schema must equal it: a dropped or rewritten trigger (the
 * audit trail's append-only guard, a status check) or a foreign one shows as a difference.
 */
export function expectedSchema(): Promise<Map<string, SchemaObject>> {
  expected ??= (async () => {
    const sqlite = openPlainDatabase(':memory:');
    const db = createKysely(sqlite);
    try {
      await migrateToLatest(db);
      return schemaObjects(sqlite);
    } finally {
      await db.destroy();
    }
  })();
  return expected;
}
