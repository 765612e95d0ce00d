import { sql, type Kysely } from 'kysely';

/** The team database's side of the vault's 0026: a correcting note names the note it corrects. Frozen once released. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE request_notes ADD COLUMN corrects_note_id INTEGER REFERENCES request_notes (id)`.execute(db);
}
