import { sql, type Kysely } from 'kysely';

/**
 * The supervisory authority's order to tell the people of a breach (Art. 34(4) GDPR: having
 * considered the likelihood of a high risk, the authority "may require" the controller to
 * communicate the breach), on `breaches` beside the DPO's decision: the day of the order and its
 * reference (the authority's protocol or letter). With it recorded the notice to the people is
 * the legal duty the order makes, whatever the controller's own decision (review 6). Null on
 * every existing row (no order recorded). Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE breaches ADD COLUMN subjects_ordered_on TEXT`.execute(db);
  await sql`ALTER TABLE breaches ADD COLUMN subjects_order_reference TEXT`.execute(db);
}
