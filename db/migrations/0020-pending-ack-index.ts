import { sql, type Kysely } from 'kysely';

/**
 * The acknowledgements still owed, as their own small index: the requests with no
 * acknowledgement recorded, by status and by the earlier of the law's and the organisation's
 * acknowledgement dates (the expression `ACK_DATE` in core). The Deadlines section counts them
 * per day and Today lists them; through the wider `requests_status_ack` index SQLite had to
 * read every received request's row to check `acknowledged_at` (about a second at 100,000
 * requests in an encrypted vault), through this partial one it reads the index alone
 * (a few milliseconds). Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE INDEX requests_ack_pending ON requests (
      status, min(coalesce(acknowledge_by, org_acknowledge_by), coalesce(org_acknowledge_by, acknowledge_by))
    ) WHERE acknowledged_at IS NULL
  `.execute(db);
}
