import { createHash, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database, DocumentRow } from '../../../db/schema';
import type { GeneratedFile } from '../../shared/contract';
import { AppError } from '../errors';
import type { CaseType, DocumentSummary, LetterBody, LetterLanguage } from '../../shared/document-contract';
import { msg } from '../i18n';

/** What a new finalised document holds. */
export interface NewDocument {
  caseType: CaseType;
  caseId: string;
  kind: string;
  language: LetterLanguage;
  title: string;
  pdf: Buffer;
  body: LetterBody;
  createdBy: string;
  createdAt: Date;
}

function toSummary(row: Omit<DocumentRow, 'content' | 'body_json'>): DocumentSummary {
  return {
    id: row.id,
    caseType: row.case_type,
    caseId: row.case_id,
    kind: row.kind,
    language: row.language,
    title: row.title,
    version: row.version,
    status: 'finalised',
    sha256: row.sha256,
    size: row.size,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/**
 * Stores a finalised document as the next version for its case, kind and language, with
 * the SHA-256 of its bytes. Never replaces an earlier version (the table refuses updates);
 * call it inside the transaction that also audits it.
 */
export async function insertDocument(trx: Transaction<Database>, doc: NewDocument): Promise<DocumentSummary> {
  const last = await trx
    .selectFrom('documents')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('case_type', '=', doc.caseType)
    .where('case_id', '=', doc.caseId)
    .where('kind', '=', doc.kind)
    .where('language', '=', doc.language)
    .executeTakeFirst();
  const row = {
    id: randomUUID(),
    case_type: doc.caseType,
    case_id: doc.caseId,
    kind: doc.kind,
    language: doc.language,
    title: doc.title,
    version: (last?.version ?? 0) + 1,
    status: 'finalised',
    sha256: createHash('sha256').update(doc.pdf).digest('hex'),
    size: doc.pdf.length,
    content: doc.pdf,
    body_json: JSON.stringify(doc.body),
    created_at: doc.createdAt.toISOString(),
    created_by: doc.createdBy,
  };
  await trx.insertInto('documents').values(row).execute();
  return toSummary(row);
}

const summaryColumns = ['id', 'case_type', 'case_id', 'kind', 'language', 'title', 'version', 'status', 'sha256', 'size', 'created_at', 'created_by'] as const;

/** The finalised documents of a case, newest first. */
export async function listDocuments(db: Kysely<Database>, caseType: CaseType, caseId: string): Promise<DocumentSummary[]> {
  const rows = await db
    .selectFrom('documents')
    .select(summaryColumns)
    .where('case_type', '=', caseType)
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toSummary);
}

/** The stored bytes of a document, for a save dialog or the CLI; named by reference, kind, language and version. */
export async function exportDocument(db: Kysely<Database>, id: string, reference: (caseType: CaseType, caseId: string) => Promise<string>): Promise<GeneratedFile> {
  const row = await db.selectFrom('documents').select(['case_type', 'case_id', 'kind', 'language', 'version', 'content']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `There is no document ${id}`, undefined, msg('msg.error.notFound.document', { id }));
  const ref = await reference(row.case_type, row.case_id);
  return {
    fileName: `${ref}-${row.kind}-${row.language}-v${row.version}.pdf`,
    mimeType: 'application/pdf',
    base64: Buffer.from(row.content).toString('base64'),
  };
}
