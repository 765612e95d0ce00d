import { sql, type Kysely } from 'kysely';

/**
 * Deadline tracking: the reminders already fired (never twice), the in-app notification
 * list with read/unread, the retention register with its review dates, and the indexes the
 * dashboard's lists walk (acknowledgements due, extension notices due, cases closed by
 * date). Fired reminders and notifications go with their case when it is erased.
 * Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  // The earlier of the legal (CCPA) and the organisation's acknowledgement dates, or null.
  await sql`
    CREATE INDEX requests_status_ack ON requests (
      status, min(coalesce(acknowledge_by, org_acknowledge_by), coalesce(org_acknowledge_by, acknowledge_by))
    )
  `.execute(db);
  await sql`CREATE INDEX requests_status_ext_notice ON requests (status, extension_notice_by)`.execute(db);
  await sql`CREATE INDEX requests_closed ON requests (is_open, closed_at)`.execute(db);
  await sql`CREATE INDEX breaches_status_closed ON breaches (status, closed_at)`.execute(db);

  await sql`
    CREATE TABLE reminders_fired (
      id TEXT PRIMARY KEY,
      case_id TEXT,
      fired_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID
  `.execute(db);
  await sql`CREATE INDEX reminders_fired_case ON reminders_fired (case_id)`.execute(db);
  await sql`CREATE INDEX reminders_fired_at ON reminders_fired (fired_at)`.execute(db);

  await sql`
    CREATE TABLE notifications (
      id INTEGER PRIMARY KEY,
      reminder_id TEXT NOT NULL UNIQUE,
      kind TEXT NOT NULL,
      lead TEXT NOT NULL,
      case_type TEXT CHECK (case_type IN ('request', 'breach', 'retention')),
      case_id TEXT,
      reference TEXT,
      label TEXT,
      deadline TEXT,
      summary TEXT,
      fired_at TEXT NOT NULL,
      read_at TEXT
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX notifications_fired ON notifications (fired_at)`.execute(db);
  await sql`CREATE INDEX notifications_unread ON notifications (read_at, fired_at)`.execute(db);
  await sql`CREATE INDEX notifications_case ON notifications (case_id)`.execute(db);

  await sql`
    CREATE TABLE retention_rules (
      id TEXT PRIMARY KEY,
      category TEXT NOT NULL,
      period_count INTEGER NOT NULL CHECK (period_count > 0),
      period_unit TEXT NOT NULL CHECK (period_unit IN ('months', 'years')),
      trigger TEXT NOT NULL,
      trigger_note TEXT NOT NULL,
      legal_basis TEXT NOT NULL,
      review_every_months INTEGER NOT NULL CHECK (review_every_months > 0),
      last_reviewed_on TEXT,
      next_review TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX retention_rules_review ON retention_rules (next_review)`.execute(db);

  for (const table of ['requests', 'breaches']) {
    await sql`
      CREATE TRIGGER ${sql.raw(`reminders_follow_${table}`)} AFTER DELETE ON ${sql.table(table)} BEGIN
        DELETE FROM reminders_fired WHERE case_id = old.id;
        DELETE FROM notifications WHERE case_id = old.id;
      END
    `.execute(db);
  }
}
