import type { SqliteDatabase } from '../../../db/connection';
import type { Message } from '../i18n';

/** One place where the stored data differs from what the audit trail or a stored hash says. */
export interface DataBreak {
  /** What disagrees: a case's field group and its commitment, a file and its hash, or the schema. */
  kind: 'case-state' | 'content-hash' | 'schema';
  caseType: string | null;
  caseId: string | null;
  /** The case's reference (`2026-0001`, `B-2026-001`) when it has one. */
  reference: string | null;
  /** The field group (`requests.subject`), the hashed column (`attachments.content`) or the schema object. */
  group: string;
  reason: string;
  /** `reason` as a catalogue message, for the reader's language. */
  detail: Message;
}

/** Reports at most this many breaks: enough to act on, never a flood. */
export const MAX_BREAKS = 100;

/**
 * The reference a DPO knows a case by: a request's or breach's reference; for a document's
 * dispatches, the reference of the document's case; otherwise none.
 */
export function caseReference(sqlite: SqliteDatabase, caseType: string, caseId: string): string | null {
  const pick = (query: string, id: string) => (sqlite.prepare(query).get(id) as { reference: string } | undefined)?.reference ?? null;
  if (caseType === 'request') return pick('SELECT reference FROM requests WHERE id = ?', caseId);
  if (caseType === 'breach') return pick('SELECT reference FROM breaches WHERE id = ?', caseId);
  if (caseType === 'document') {
    const doc = sqlite.prepare('SELECT case_type, case_id FROM documents WHERE id = ?').get(caseId) as { case_type: string; case_id: string } | undefined;
    return doc ? caseReference(sqlite, doc.case_type, doc.case_id) : null;
  }
  return null;
}
