import { sql, type Kysely } from 'kysely';

/**
 * A note is never edited: a wrong note is corrected by a new one that names it. The new
 * column links the correcting note to the note it corrects, on the same request, so the
 * request page and an auditor see both, in order. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE request_notes ADD COLUMN corrects_note_id INTEGER REFERENCES request_notes (id)`.execute(db);
}
