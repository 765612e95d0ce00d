import { sql, type Kysely } from 'kysely';

/**
 * The vault's case versions (`db/migrations/0022-case-versions`) on the team server, and
 * live updates: every audit event that names an entity is announced on the channel
 * `dpo_desk_changes` (a JSON payload: `table` — the entity's kind —, `id`, `kind` — the
 * audited action —, `actor` and, for a request or breach, its new `version`). PostgreSQL
 * delivers a NOTIFY only when its transaction commits, so a listener never hears of a change
 * it cannot read yet. The payload holds ids, codes and the member's login, never case text.
 * Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE requests ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)`.execute(db);
  await sql`ALTER TABLE breaches ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)`.execute(db);
  await sql`
    CREATE FUNCTION audit_events_case_written() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      next_version INTEGER;
    BEGIN
      IF NEW.entity_type = 'request' THEN
        UPDATE requests SET version = version + 1 WHERE id = NEW.entity_id RETURNING version INTO next_version;
      ELSIF NEW.entity_type = 'breach' THEN
        UPDATE breaches SET version = version + 1 WHERE id = NEW.entity_id RETURNING version INTO next_version;
      END IF;
      IF NEW.entity_id IS NOT NULL THEN
        PERFORM pg_notify('dpo_desk_changes', json_build_object(
          'table', NEW.entity_type, 'id', NEW.entity_id, 'kind', NEW.action, 'actor', NEW.actor, 'version', next_version)::text);
      END IF;
      RETURN NULL;
    END
    $$
  `.execute(db);
  await sql`CREATE TRIGGER audit_events_case_written AFTER INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_case_written()`.execute(db);
}
