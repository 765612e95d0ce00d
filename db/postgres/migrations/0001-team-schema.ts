import { sql, type Kysely } from 'kysely';

/**
 * The team database's first schema, in PostgreSQL's words: vault metadata, settings, the
 * append-only audit trail, rights requests with their types, clock stops, history, changes,
 * notes and attachments, and the clients they may be held for. Column names and kinds are
 * the local vault's (text dates and JSON, 0/1 flags), so the same services read both;
 * what differs is only how PostgreSQL says it: identity columns for SQLite's rowids, `bytea`
 * for BLOB, CHECK constraints for the status triggers, `lower()` for NOCASE, and triggers
 * that refuse UPDATE, DELETE and TRUNCATE on the audit trail. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`.execute(db);
  await sql`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL)`.execute(db);
  await sql`
    CREATE TABLE audit_events (
      seq INTEGER PRIMARY KEY CHECK (seq > 0),
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity_type TEXT NOT NULL,
      entity_id TEXT,
      data TEXT NOT NULL,
      prev_hash TEXT NOT NULL UNIQUE,
      hash TEXT NOT NULL UNIQUE,
      states TEXT
    )
  `.execute(db);
  await sql`CREATE INDEX audit_events_entity ON audit_events (entity_type, entity_id)`.execute(db);
  await sql`
    CREATE FUNCTION audit_events_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_events is append-only: events cannot be changed or deleted (%)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END
    $$
  `.execute(db);
  await sql`CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_refuse()`.execute(db);
  await sql`CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_refuse()`.execute(db);
  await sql`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse()`.execute(db);
  await sql`
    CREATE TABLE clients (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      privacy_contact TEXT NOT NULL,
      agreement_signed_on TEXT,
      agreement_file TEXT,
      breach_notice_hours INTEGER CHECK (breach_notice_hours > 0),
      request_days INTEGER CHECK (request_days > 0),
      request_days_basis TEXT NOT NULL CHECK (request_days_basis IN ('calendar', 'working')),
      sub_processor_approval TEXT CHECK (sub_processor_approval IN ('general', 'specific', 'none')),
      country TEXT NOT NULL,
      notes TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )
  `.execute(db);
  await sql`CREATE UNIQUE INDEX clients_name ON clients (lower(name))`.execute(db);
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
      status TEXT NOT NULL CHECK (status IN ('received', 'awaiting-identity', 'in-progress', 'extended', 'responded', 'withdrawn', 'void')),
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
      acknowledged_channel TEXT,
      acknowledged_document_id TEXT,
      voided_at TEXT,
      legal_days_late INTEGER,
      org_days_late INTEGER,
      UNIQUE (ref_year, ref_seq)
    )
  `.execute(db);
  for (const index of [
    sql`CREATE INDEX requests_closed ON requests (is_open, closed_at)`,
    sql`CREATE INDEX requests_due ON requests (due_sort, reference)`,
    sql`CREATE INDEX requests_legal_late ON requests (legal_days_late) WHERE legal_days_late > 0`,
    sql`CREATE INDEX requests_org_late ON requests (org_days_late) WHERE org_days_late > 0`,
    sql`CREATE INDEX requests_open_due ON requests (is_open, due_sort, reference, status)`,
    sql`CREATE INDEX requests_received ON requests (received_date)`,
    sql`CREATE INDEX requests_regime ON requests (regime, status)`,
    sql`CREATE INDEX requests_status_ack ON requests (status, LEAST(coalesce(acknowledge_by, org_acknowledge_by), coalesce(org_acknowledge_by, acknowledge_by)))`,
    sql`CREATE INDEX requests_status_due ON requests (status, effective_due)`,
    sql`CREATE INDEX requests_status_ext_notice ON requests (status, extension_notice_by)`,
    sql`CREATE INDEX requests_status_legal_due ON requests (status, legal_binding_due)`,
    sql`CREATE INDEX requests_status_org_due ON requests (status, org_due, legal_binding_due)`,
    sql`CREATE INDEX requests_subject_email ON requests (lower(subject_email))`,
  ]) {
    await index.execute(db);
  }
  await sql`
    CREATE TABLE request_types (
      request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      type TEXT NOT NULL,
      PRIMARY KEY (request_id, type)
    )
  `.execute(db);
  await sql`CREATE INDEX request_types_type ON request_types (type, request_id)`.execute(db);
  await sql`
    CREATE TABLE request_clock_stops (
      id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
      request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      reason TEXT NOT NULL,
      from_date TEXT NOT NULL,
      to_date TEXT
    )
  `.execute(db);
  await sql`CREATE INDEX request_clock_stops_request ON request_clock_stops (request_id)`.execute(db);
  await sql`
    CREATE TABLE request_history (
      id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
      request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      audit_seq INTEGER NOT NULL,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      from_status TEXT,
      to_status TEXT,
      reason TEXT
    )
  `.execute(db);
  await sql`CREATE INDEX request_history_request ON request_history (request_id, id)`.execute(db);
  await sql`
    CREATE TABLE request_changes (
      id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
      request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      audit_seq INTEGER NOT NULL,
      field TEXT NOT NULL,
      old_value TEXT,
      new_value TEXT
    )
  `.execute(db);
  await sql`CREATE INDEX request_changes_request ON request_changes (request_id, audit_seq)`.execute(db);
  await sql`
    CREATE TABLE request_notes (
      id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
      request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      author TEXT NOT NULL,
      text TEXT NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX request_notes_request ON request_notes (request_id, at)`.execute(db);
  await sql`
    CREATE TABLE request_clients (
      request_id TEXT PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE,
      client_id TEXT NOT NULL REFERENCES clients (id),
      request_days INTEGER,
      request_days_basis TEXT NOT NULL,
      forward_by TEXT,
      assist_by TEXT,
      forwarded_on TEXT
    )
  `.execute(db);
  await sql`CREATE INDEX request_clients_client ON request_clients (client_id)`.execute(db);
  await sql`
    CREATE TABLE attachments (
      id TEXT PRIMARY KEY,
      request_id TEXT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
      file_name TEXT NOT NULL,
      mime_type TEXT NOT NULL,
      size INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      content BYTEA NOT NULL,
      created_at TEXT NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX attachments_request ON attachments (request_id)`.execute(db);
}
