import { sql, type Kysely } from 'kysely';

/**
 * The vault's 0034 on the team server: the audit report reads the requests register by receipt
 * date, then registration order (the reference's year and number), page after page; this index
 * serves each page in that order from where the last one ended, where before each page sorted
 * every request received from there on. PostgreSQL reads no page it need decrypt, so the index
 * holds the order alone, not every column the vault's does. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX requests_register ON requests (received_date, ref_year, ref_seq)`.execute(db);
}
