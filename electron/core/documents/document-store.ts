import { createHash, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database, DocumentDispatchesTable, DocumentRow } from '../../../db/schema';
import type { GeneratedFile } from '../../shared/generated-file';
import { AppError } from '../errors';
import type { CaseType, DispatchChannel, DocumentDispatch, DocumentSummary, LetterBody, LetterLanguage } from '../../shared/document-contract';
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
  /** The date the letter bears (YYYY-MM-DD). */
  letterDate: string;
  /** Whom it is addressed to, as printed. */
  recipient: string;
}

function toDispatch(row: DocumentDispatchesTable): DocumentDispatch {
  return { id: row.id, sentOn: row.sent_on, channel: row.channel as DispatchChannel, recipient: row.recipient, recordedAt: row.recorded_at, recordedBy: row.recorded_by };
}

function toSummary(row: Omit<DocumentRow, 'content' | 'body_json'>, dispatches: DocumentDispatch[]): DocumentSummary {
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
    // Documents finalised before the letter date was kept bear the day they were generated (UTC).
    letterDate: row.letter_date ?? row.created_at.slice(0, 10),
    recipient: row.recipient,
    dispatches,
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
    letter_date: doc.letterDate,
    recipient: doc.recipient,
  };
  await trx.insertInto('documents').values(row).execute();
  return toSummary(row, []);
}

const summaryColumns = ['id', 'case_type', 'case_id', 'kind', 'language', 'title', 'version', 'status', 'sha256', 'size', 'created_at', 'created_by', 'letter_date', 'recipient'] as const;

/** Every recorded sending of these documents, oldest first, by document. */
async function dispatchesOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, DocumentDispatch[]>> {
  const byDocument = new Map<string, DocumentDispatch[]>();
  if (ids.length === 0) return byDocument;
  const rows = await db.selectFrom('document_dispatches').selectAll().where('document_id', 'in', ids).orderBy('sent_on').orderBy('recorded_at').execute();
  for (const row of rows) byDocument.set(row.document_id, [...(byDocument.get(row.document_id) ?? []), toDispatch(row)]);
  return byDocument;
}

/** One finalised document's summary, with its sendings; NOT_FOUND when there is none. */
export async function getDocumentSummary(db: Kysely<Database>, id: string): Promise<DocumentSummary> {
  const row = await db.selectFrom('documents').select(summaryColumns).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', msg('msg.error.notFound.document', { id }));
  return toSummary(row, (await dispatchesOf(db, [id])).get(id) ?? []);
}

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
  const dispatches = await dispatchesOf(db, rows.map((r) => r.id));
  return rows.map((row) => toSummary(row, dispatches.get(row.id) ?? []));
}

/** The stored bytes of a document, for a save dialog or the CLI; named by reference, kind, language and version. */
export async function exportDocument(db: Kysely<Database>, id: string, reference: (caseType: CaseType, caseId: string) => Promise<string>): Promise<GeneratedFile> {
  const row = await db.selectFrom('documents').select(['case_type', 'case_id', 'kind', 'language', 'version', 'content']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', msg('msg.error.notFound.document', { id }));
  const ref = await reference(row.case_type, row.case_id);
  return {
    fileName: `${ref}-${row.kind}-${row.language}-v${row.version}.pdf`,
    mimeType: 'application/pdf',
    base64: Buffer.from(row.content).toString('base64'),
  };
}
