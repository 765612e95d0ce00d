import { sql, type Kysely } from 'kysely';

/**
 * Finalised documents (letters to people, notices to the authority): the exact PDF bytes
 * that were sent, their SHA-256, and the final text the DPO approved. Versions count per
 * case, kind and language; a finalised document is never changed (the trigger refuses any
 * UPDATE), so regenerating adds a version instead of replacing one. Documents go with their
 * case when the case is erased. Frozen once released.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typed Kysely<any> so they stay frozen
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      case_type TEXT NOT NULL CHECK (case_type IN ('request', 'breach')),
      case_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      language TEXT NOT NULL CHECK (language IN ('en', 'it')),
      title TEXT NOT NULL,
      version INTEGER NOT NULL CHECK (version >= 1),
      status TEXT NOT NULL CHECK (status IN ('finalised')),
      sha256 TEXT NOT NULL,
      size INTEGER NOT NULL CHECK (size > 0),
      content BLOB NOT NULL,
      body_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      UNIQUE (case_type, case_id, kind, language, version)
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX documents_case ON documents (case_type, case_id, created_at)`.execute(db);
  await sql`
    CREATE TRIGGER documents_immutable BEFORE UPDATE ON documents BEGIN
      SELECT RAISE(ABORT, 'finalised documents cannot be changed; add a new version');
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER documents_follow_request AFTER DELETE ON requests BEGIN
      DELETE FROM documents WHERE case_type = 'request' AND case_id = old.id;
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER documents_follow_breach AFTER DELETE ON breaches BEGIN
      DELETE FROM documents WHERE case_type = 'breach' AND case_id = old.id;
    END
  `.execute(db);
}
