import { sql, type Kysely } from 'kysely';

/**
 * A version on every kept letter draft, as requests and breaches have: each save of the
 * draft moves it by one, and a save made on a version someone else has saved over since (a
 * colleague on a team server, another window) is refused with both versions instead of
 * overwriting their text. Written by the save itself, in its audited transaction, so it is
 * part of the draft's committed state. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE letter_drafts ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)`.execute(db);
}
