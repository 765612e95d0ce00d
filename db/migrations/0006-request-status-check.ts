import { sql, type Kysely } from 'kysely';

/**
 * The database refuses a request status it does not know, as it already does for breaches.
 * SQLite cannot add a CHECK to an existing table without rebuilding it (and its full-text
 * triggers and indexes), so two triggers carry the same check on INSERT and on UPDATE of
 * `status`. The list is written out here, not imported: a migration is frozen once released.
 */
const STATUSES = sql.raw(`('received', 'awaiting-identity', 'in-progress', 'extended', 'responded', 'withdrawn')`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TRIGGER requests_status_check_insert BEFORE INSERT ON requests
    WHEN NEW.status NOT IN ${STATUSES}
    BEGIN SELECT RAISE(ABORT, 'requests.status: unknown status'); END
  `.execute(db);
  await sql`
    CREATE TRIGGER requests_status_check_update BEFORE UPDATE OF status ON requests
    WHEN NEW.status NOT IN ${STATUSES}
    BEGIN SELECT RAISE(ABORT, 'requests.status: unknown status'); END
  `.execute(db);
}
