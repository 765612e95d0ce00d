import { createHash } from 'node:crypto';
import type { SqliteDatabase } from '../../../db/connection';
import { caseReference, MAX_BREAKS, type DataBreak } from './data-break';
import { breakReason } from './break-reason';

interface StoredFile {
  id: string;
  case_type: string;
  case_id: string;
  sha256: string;
  size: number;
  content: Buffer;
}

/** The stored files: attachments of requests and finalised documents (letters, notices, reports). */
const FILES: { table: string; query: string }[] = [
  { table: 'attachments', query: `SELECT id, 'request' AS case_type, request_id AS case_id, sha256, size, content FROM attachments` },
  { table: 'documents', query: 'SELECT id, case_type, case_id, sha256, size, content FROM documents' },
];

/**
 * Checks every stored file against the SHA-256 and size kept beside it (and committed in the
 * audit trail through its case's state): a file whose bytes were swapped shows here even
 * when its row's other columns were left alone. Reads one file at a time.
 */
export function verifyContentHashes(sqlite: SqliteDatabase): { checked: number; breaks: DataBreak[] } {
  const breaks: DataBreak[] = [];
  let checked = 0;
  for (const { table, query } of FILES) {
    for (const file of sqlite.prepare(query).iterate() as IterableIterator<StoredFile>) {
      checked += 1;
      const actual = createHash('sha256').update(file.content).digest('hex');
      if (actual === file.sha256 && file.content.length === file.size) continue;
      if (breaks.length >= MAX_BREAKS) continue;
      breaks.push({
        kind: 'content-hash',
        caseType: file.case_type,
        caseId: file.case_id,
        reference: caseReference(sqlite, file.case_type, file.case_id),
        group: `${table}.content`,
        ...breakReason(table === 'attachments' ? 'msg.audit.data.attachmentReplaced' : 'msg.audit.data.documentReplaced', { id: file.id }),
      });
    }
  }
  return { checked, breaks };
}
