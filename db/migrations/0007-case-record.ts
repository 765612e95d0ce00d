import { sql, type Kysely } from 'kysely';

/** Whole days from `from` to `to` (civil dates `YYYY-MM-DD`), negative when `to` is earlier. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The civil date of an instant in a time zone, written out here so the migration stays frozen. */
function civilDate(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The case record a DPO can stand behind: how and with which letter a request was
 * acknowledged; when it was voided as registered in error; how many days late it was
 * closed against the law and against the organisation's commitment (kept once closed, so
 * lateness stays visible and filterable); and every corrected fact with its old and new
 * value, kept with the case (erased with it) while the audit chain holds only hashes.
 * Existing closed requests get their lateness computed here. The status triggers of 0006
 * are replaced by ones that also know `void` (registered in error). Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  const statuses = sql.raw(`('received', 'awaiting-identity', 'in-progress', 'extended', 'responded', 'withdrawn', 'void')`);
  await sql`DROP TRIGGER IF EXISTS requests_status_check_insert`.execute(db);
  await sql`DROP TRIGGER IF EXISTS requests_status_check_update`.execute(db);
  await sql`
    CREATE TRIGGER requests_status_check_insert BEFORE INSERT ON requests
    WHEN NEW.status NOT IN ${statuses}
    BEGIN SELECT RAISE(ABORT, 'requests.status: unknown status'); END
  `.execute(db);
  await sql`
    CREATE TRIGGER requests_status_check_update BEFORE UPDATE OF status ON requests
    WHEN NEW.status NOT IN ${statuses}
    BEGIN SELECT RAISE(ABORT, 'requests.status: unknown status'); END
  `.execute(db);

  await sql`ALTER TABLE requests ADD COLUMN acknowledged_channel TEXT`.execute(db);
  await sql`ALTER TABLE requests ADD COLUMN acknowledged_document_id TEXT`.execute(db);
  await sql`ALTER TABLE requests ADD COLUMN voided_at TEXT`.execute(db);
  await sql`ALTER TABLE requests ADD COLUMN legal_days_late INTEGER`.execute(db);
  await sql`ALTER TABLE requests ADD COLUMN org_days_late INTEGER`.execute(db);
  await sql`CREATE INDEX requests_legal_late ON requests (legal_days_late) WHERE legal_days_late > 0`.execute(db);
  await sql`CREATE INDEX requests_org_late ON requests (org_days_late) WHERE org_days_late > 0`.execute(db);

  await sql`
    CREATE TABLE request_changes (
      id INTEGER PRIMARY KEY,
      request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      audit_seq INTEGER NOT NULL,
      field TEXT NOT NULL,
      old_value TEXT,
      new_value TEXT
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX request_changes_request ON request_changes (request_id, audit_seq)`.execute(db);

  const closed = await sql<{ id: string; closed_at: string; time_zone: string; legal_binding_due: string | null; org_due: string | null }>`
    SELECT id, closed_at, time_zone, legal_binding_due, org_due FROM requests WHERE is_open = 0 AND closed_at IS NOT NULL
  `.execute(db);
  for (const row of closed.rows) {
    const day = civilDate(row.closed_at, row.time_zone);
    const late = (due: string | null) => (due === null ? null : Math.max(0, daysBetween(due, day)));
    await sql`UPDATE requests SET legal_days_late = ${late(row.legal_binding_due)}, org_days_late = ${late(row.org_due)} WHERE id = ${row.id}`.execute(db);
  }
}
