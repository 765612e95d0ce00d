import { sql, type Kysely } from 'kysely';

/**
 * The first schema: vault metadata, settings and the append-only audit trail.
 * Frozen: later changes go in new migrations, never here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE vault_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`
    CREATE TABLE audit_events (
      seq INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity_type TEXT NOT NULL,
      entity_id TEXT,
      data TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL UNIQUE
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX audit_events_entity ON audit_events (entity_type, entity_id)`.execute(db);
  await sql`
    CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: events cannot be changed'); END
  `.execute(db);
  await sql`
    CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: events cannot be deleted'); END
  `.execute(db);
}
