import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema';
import { letterBodySchema, letterInputsSchema, type DocumentDraftKey, type LetterDraft, type LetterRequest } from '../../shared/document-contract';
import { SOURCES } from './letter-sources';

/**
 * The DPO's unfinished letter, kept in the vault per case, kind and language so it comes
 * back when the page is reopened: the date set, the inputs typed and the edited text.
 * Finalising the letter drops it.
 */
export async function saveDraft(db: Kysely<Database>, request: LetterRequest, actor: string, now: Date): Promise<LetterDraft> {
  const letterCase = await SOURCES[request.caseType].load(db, request.caseId, now);
  const row = {
    case_type: request.caseType,
    case_id: letterCase.caseId,
    kind: request.kind,
    language: request.language,
    letter_date: request.date ?? null,
    inputs_json: JSON.stringify(request.inputs ?? {}),
    body_json: request.body ? JSON.stringify(request.body) : null,
    updated_at: now.toISOString(),
    updated_by: actor,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('letter_drafts')
      .values(row)
      .onConflict((oc) => oc.columns(['case_type', 'case_id', 'kind', 'language']).doUpdateSet({ letter_date: row.letter_date, inputs_json: row.inputs_json, body_json: row.body_json, updated_at: row.updated_at, updated_by: row.updated_by }))
      .execute();
    await letterCase.recordDocumentEvent(trx, 'letter-draft-saved', { kind: request.kind, language: request.language, edited: request.body !== undefined }, actor, now);
  });
  return { date: row.letter_date, inputs: request.inputs ?? {}, body: request.body ?? null, updatedAt: row.updated_at };
}

/** The kept draft of a letter, or null when there is none (or it no longer reads as one). */
export async function getDraft(db: Kysely<Database>, key: DocumentDraftKey, now: Date): Promise<LetterDraft | null> {
  const letterCase = await SOURCES[key.caseType].load(db, key.caseId, now);
  const row = await db
    .selectFrom('letter_drafts')
    .selectAll()
    .where('case_type', '=', key.caseType)
    .where('case_id', '=', letterCase.caseId)
    .where('kind', '=', key.kind)
    .where('language', '=', key.language)
    .executeTakeFirst();
  if (!row) return null;
  const inputs = letterInputsSchema.safeParse(JSON.parse(row.inputs_json));
  const body = row.body_json ? letterBodySchema.safeParse(JSON.parse(row.body_json)) : null;
  return { date: row.letter_date, inputs: inputs.success ? inputs.data : {}, body: body?.success ? body.data : null, updatedAt: row.updated_at };
}

/** Drops the draft of a letter (when it is finalised), in the caller's transaction. */
export async function deleteDraft(trx: Transaction<Database>, key: DocumentDraftKey & { caseId: string }): Promise<void> {
  await trx
    .deleteFrom('letter_drafts')
    .where('case_type', '=', key.caseType)
    .where('case_id', '=', key.caseId)
    .where('kind', '=', key.kind)
    .where('language', '=', key.language)
    .execute();
}
