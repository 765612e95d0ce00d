import { sql, type Kysely } from 'kysely';

/**
 * Rights requests: the request, its types (one row each, for filtering), UK clock stops,
 * its history (the why of each move, kept with the case so it can be erased with it while the
 * audit chain keeps only a hash), notes and encrypted attachments. Computed deadlines are stored with the engine's
 * explanation and recomputed whenever the facts change. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE requests (
      id TEXT PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      ref_year INTEGER NOT NULL,
      ref_seq INTEGER NOT NULL,
      regime TEXT NOT NULL,
      types TEXT NOT NULL,
      received_at TEXT NOT NULL,
      received_date TEXT NOT NULL,
      time_zone TEXT NOT NULL,
      jurisdiction TEXT NOT NULL,
      channel TEXT NOT NULL,
      subject_name TEXT NOT NULL,
      subject_email TEXT,
      subject_phone TEXT,
      subject_address TEXT,
      requester_relation TEXT NOT NULL,
      requester_name TEXT,
      requester_email TEXT,
      under_16 INTEGER NOT NULL CHECK (under_16 IN (0, 1)),
      complex INTEGER NOT NULL CHECK (complex IN (0, 1)),
      description TEXT NOT NULL,
      systems TEXT NOT NULL,
      identity_method TEXT,
      identity_requested_at TEXT,
      identity_verified_at TEXT,
      identity_outcome TEXT NOT NULL,
      status TEXT NOT NULL,
      is_open INTEGER NOT NULL CHECK (is_open IN (0, 1)),
      outcome TEXT,
      refusal_ground TEXT,
      extension_reason TEXT,
      extended_at TEXT,
      acknowledged_at TEXT,
      closed_at TEXT,
      legal_due TEXT,
      legal_extended_due TEXT,
      acknowledge_by TEXT,
      extension_notice_by TEXT,
      org_due TEXT,
      org_acknowledge_by TEXT,
      legal_binding_due TEXT,
      effective_due TEXT,
      due_sort TEXT NOT NULL,
      driven_by TEXT,
      deadlines TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (ref_year, ref_seq)
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX requests_status_due ON requests (status, effective_due)`.execute(db);
  await sql`CREATE INDEX requests_status_legal_due ON requests (status, legal_binding_due)`.execute(db);
  await sql`CREATE INDEX requests_status_org_due ON requests (status, org_due, legal_binding_due)`.execute(db);
  await sql`CREATE INDEX requests_open_due ON requests (is_open, due_sort, reference, status)`.execute(db);
  await sql`CREATE INDEX requests_due ON requests (due_sort, reference)`.execute(db);
  await sql`CREATE INDEX requests_received ON requests (received_date)`.execute(db);
  await sql`CREATE INDEX requests_regime ON requests (regime, status)`.execute(db);
  await sql`CREATE INDEX requests_subject_email ON requests (subject_email COLLATE NOCASE)`.execute(db);
  // Trigram full-text index over who and which request, for the inbox search (any 3+ characters).
  await sql`
    CREATE VIRTUAL TABLE request_search USING fts5(
      reference, subject_name, subject_email, requester_name, content = 'requests', tokenize = 'trigram'
    )
  `.execute(db);
  await sql`
    CREATE TRIGGER requests_search_insert AFTER INSERT ON requests BEGIN
      INSERT INTO request_search (rowid, reference, subject_name, subject_email, requester_name)
      VALUES (new.rowid, new.reference, new.subject_name, new.subject_email, new.requester_name);
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER requests_search_delete AFTER DELETE ON requests BEGIN
      INSERT INTO request_search (request_search, rowid, reference, subject_name, subject_email, requester_name)
      VALUES ('delete', old.rowid, old.reference, old.subject_name, old.subject_email, old.requester_name);
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER requests_search_update AFTER UPDATE OF reference, subject_name, subject_email, requester_name ON requests BEGIN
      INSERT INTO request_search (request_search, rowid, reference, subject_name, subject_email, requester_name)
      VALUES ('delete', old.rowid, old.reference, old.subject_name, old.subject_email, old.requester_name);
      INSERT INTO request_search (rowid, reference, subject_name, subject_email, requester_name)
      VALUES (new.rowid, new.reference, new.subject_name, new.subject_email, new.requester_name);
    END
  `.execute(db);
  await sql`
    CREATE TABLE request_types (
      request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      type TEXT NOT NULL,
      PRIMARY KEY (request_id, type)
    ) STRICT, WITHOUT ROWID
  `.execute(db);
  await sql`CREATE INDEX request_types_type ON request_types (type, request_id)`.execute(db);
  await sql`
    CREATE TABLE request_clock_stops (
      id INTEGER PRIMARY KEY,
      request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      reason TEXT NOT NULL,
      from_date TEXT NOT NULL,
      to_date TEXT
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX request_clock_stops_request ON request_clock_stops (request_id)`.execute(db);
  await sql`
    CREATE TABLE request_history (
      id INTEGER PRIMARY KEY,
      request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      audit_seq INTEGER NOT NULL,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      from_status TEXT,
      to_status TEXT,
      reason TEXT
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX request_history_request ON request_history (request_id, id)`.execute(db);
  await sql`
    CREATE TABLE request_notes (
      id INTEGER PRIMARY KEY,
      request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      author TEXT NOT NULL,
      text TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX request_notes_request ON request_notes (request_id, at)`.execute(db);
  await sql`
    CREATE TABLE attachments (
      id TEXT PRIMARY KEY,
      request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      file_name TEXT NOT NULL,
      mime_type TEXT NOT NULL,
      size INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      content BLOB NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX attachments_request ON attachments (request_id)`.execute(db);
}
