import { sql, type Kysely } from 'kysely';

/**
 * Letters as things that are sent: each finalised document keeps the date it bears (its
 * own, not the day it was generated) and whom it is addressed to, every sending is recorded (when, by which channel,
 * to whom) in a table of its own so the finalised document itself is never changed, and
 * the DPO's unfinished letter inputs are kept as drafts per case, kind and language.
 * Dispatches and drafts go with their case or document when those are erased. Frozen
 * once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE documents ADD COLUMN letter_date TEXT`.execute(db);
  await sql`ALTER TABLE documents ADD COLUMN recipient TEXT`.execute(db);
  await sql`
    CREATE TABLE document_dispatches (
      id TEXT PRIMARY KEY,
      document_id TEXT NOT NULL,
      sent_on TEXT NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('email', 'pec', 'post', 'registered-post', 'hand', 'portal', 'web-form')),
      recipient TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX document_dispatches_document ON document_dispatches (document_id, sent_on)`.execute(db);
  await sql`
    CREATE TRIGGER document_dispatches_follow_document AFTER DELETE ON documents BEGIN
      DELETE FROM document_dispatches WHERE document_id = old.id;
    END
  `.execute(db);
  await sql`
    CREATE TABLE letter_drafts (
      case_type TEXT NOT NULL CHECK (case_type IN ('request', 'breach')),
      case_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      language TEXT NOT NULL CHECK (language IN ('en', 'it')),
      letter_date TEXT,
      inputs_json TEXT NOT NULL,
      body_json TEXT,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      PRIMARY KEY (case_type, case_id, kind, language)
    ) STRICT
  `.execute(db);
  await sql`
    CREATE TRIGGER letter_drafts_follow_request AFTER DELETE ON requests BEGIN
      DELETE FROM letter_drafts WHERE case_type = 'request' AND case_id = old.id;
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER letter_drafts_follow_breach AFTER DELETE ON breaches BEGIN
      DELETE FROM letter_drafts WHERE case_type = 'breach' AND case_id = old.id;
    END
  `.execute(db);
}
