import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { openPlainDatabase, type SqliteDatabase } from '../../db/connection';
import { createKysely } from '../../db/kysely';
import { staticMigrationProvider } from '../../db/migrations';
import type { Database } from '../../db/schema';

/** A migration test's database: an in-memory one at a chosen version, and its migrator. */
export interface DatabaseAt {
  db: Kysely<Database>;
  migrator: Migrator;
  /** Runs the migrations after `name` up to and including `to` (default: all), failing the test on an error. */
  migrateTo(to?: string): Promise<void>;
  close(): void;
}

/** A database with every migration up to and including `name`, nothing later: a vault as an older release left it. */
export async function databaseAt(name: string): Promise<DatabaseAt> {
  const sqlite: SqliteDatabase = openPlainDatabase(':memory:');
  const db = createKysely(sqlite);
  const migrator = new Migrator({ db, provider: staticMigrationProvider });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error;
  return {
    db,
    migrator,
    async migrateTo(to) {
      const result = to ? await migrator.migrateTo(to) : await migrator.migrateToLatest();
      if (result.error) throw result.error;
    },
    close: () => sqlite.close(),
  };
}

/** A request row as every version since 0002 stores it, with the status and closing facts given. */
export function insertRequestRow(
  db: Kysely<Database>,
  id: string,
  status: string,
  closed: { closedAt: string; legalDue: string | null; orgDue: string | null } | null = null,
) {
  return sql`
    INSERT INTO requests (id, reference, ref_year, ref_seq, regime, types, received_at, received_date, time_zone, jurisdiction, channel,
      subject_name, requester_relation, under_16, complex, description, systems, identity_outcome, status, is_open, due_sort, deadlines, created_at, updated_at,
      closed_at, legal_binding_due, org_due)
    VALUES (${id}, ${`2026-${id}`}, 2026, ${Number(id)}, 'gdpr', '["access"]', '2026-03-02T09:00:00+01:00', '2026-03-02', 'Europe/Rome', 'IT', 'email',
      'Maria Rossi', 'self', 0, 0, '', '[]', 'pending', ${status}, ${closed ? 0 : 1}, '2026-04-02', '{}', '2026-03-02T08:00:00Z', '2026-03-02T08:00:00Z',
      ${closed?.closedAt ?? null}, ${closed?.legalDue ?? null}, ${closed?.orgDue ?? null})
  `.execute(db);
}
