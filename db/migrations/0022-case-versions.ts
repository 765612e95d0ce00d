import { sql, type Kysely } from 'kysely';

/**
 * A version on every request and breach, so an edit made on a case someone else has changed
 * since it was read is refused instead of silently overwriting it. The version starts at 1
 * and goes up by one with every audit event that names the case: every audited write (the
 * case's own row, its notes, actions, notifications, clock stops…) moves it, whoever made it
 * (the app, the CLI, another window). It is bookkeeping, not case data: the state
 * commitments leave it out. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE requests ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)`.execute(db);
  await sql`ALTER TABLE breaches ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)`.execute(db);
  await sql`
    CREATE TRIGGER audit_events_case_version AFTER INSERT ON audit_events
    WHEN NEW.entity_type IN ('request', 'breach')
    BEGIN
      UPDATE requests SET version = version + 1 WHERE NEW.entity_type = 'request' AND id = NEW.entity_id;
      UPDATE breaches SET version = version + 1 WHERE NEW.entity_type = 'breach' AND id = NEW.entity_id;
    END
  `.execute(db);
}
