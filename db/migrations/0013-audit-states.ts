import { sql, type Kysely } from 'kysely';

/**
 * Audit events commit to the state they produced: `states` holds, per case changed by the
 * event's transaction, the hash of each field group before and after (canonical JSON), and
 * is covered by the event's hash when present. Older events have none. The append-only
 * triggers already cover the new column. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE audit_events ADD COLUMN states TEXT`.execute(db);
}
