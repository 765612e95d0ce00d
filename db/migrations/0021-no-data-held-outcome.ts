import { sql, type Kysely } from 'kysely';

/**
 * "No data held" becomes an outcome of its own. Confirming that no personal data is held
 * answers an access request (Art. 15(1)); it was stored as a refusal on the ground
 * `no-data-held`. Such requests now read outcome `no-data-held` with no refusal ground.
 * Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`UPDATE requests SET outcome = 'no-data-held', refusal_ground = NULL WHERE refusal_ground = 'no-data-held'`.execute(db);
}
