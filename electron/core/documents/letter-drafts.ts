import { sql, type Kysely, type Transaction } from 'kysely';
import { dialectOf } from '../../../db/dialect';
import type { Database } from '../../../db/schema';
import { letterBodySchema, letterInputsSchema, type DocumentDraftKey, type DraftSaveRequest, type LetterDraft, type SavedLetterDraft } from '../../shared/document-contract';
import { DraftConflictError } from './draft-conflict-error';
import { SOURCES } from './letter-sources';
import { loadTemplate } from './letters/template-files';

type DraftRowKey = DocumentDraftKey & { caseId: string };

/**
 * The kept draft's version and last saver, read for a save: the row is held until the save
 * commits (`FOR UPDATE` on a team server; on the local vault a write that changes nothing
 * takes the write lock first), so two saves of one version take turns and the second finds
 * the first's version.
 */
async function heldDraft(trx: Transaction<Database>, key: DraftRowKey): Promise<{ version: number; updated_by: string; updated_at: string } | undefined> {
  const onServer = dialectOf(trx) === 'postgres';
  if (!onServer) {
    await sql`UPDATE letter_drafts SET version = version WHERE case_type = ${key.caseType} AND case_id = ${key.caseId} AND kind = ${key.kind} AND language = ${key.language}`.execute(trx);
  }
  const found = await sql<{ version: number; updated_by: string; updated_at: string }>`
    SELECT version, updated_by, updated_at FROM letter_drafts
    WHERE case_type = ${key.caseType} AND case_id = ${key.caseId} AND kind = ${key.kind} AND language = ${key.language}${onServer ? sql` FOR UPDATE` : sql``}`.execute(trx);
  return found.rows[0];
}

function conflict(key: DraftRowKey, readVersion: number, current: { version: number; updated_by: string; updated_at: string } | undefined): DraftConflictError {
  return new DraftConflictError({
    caseType: key.caseType,
    caseId: key.caseId,
    kind: key.kind,
    language: key.language,
    readVersion,
    currentVersion: current?.version ?? 0,
    changedBy: current?.updated_by ?? null,
    changedAt: current?.updated_at ?? null,
  });
}

async function caseVersion(db: Kysely<Database>, caseType: DraftRowKey['caseType'], caseId: string): Promise<number> {
  const row = caseType === 'request'
    ? await db.selectFrom('requests').select('version').where('id', '=', caseId).executeTakeFirst()
    : await db.selectFrom('breaches').select('version').where('id', '=', caseId).executeTakeFirst();
  return row?.version ?? 1;
}

/**
 * The DPO's unfinished letter, kept in the vault per case, kind and language so it comes
 * back when the page is reopened: the date set, the inputs typed and the edited text.
 * Finalising the letter drops it. Each save moves the draft's version; a save that says
 * which version it was made on (`expectedDraftVersion`, 0 for "there was none") is refused
 * with a {@link DraftConflictError} when someone saved over that version or the draft is gone.
 * The save is an audited change of the case, so the case's version moves too: the answer
 * carries it, for the page to send with its next edit (read after the commit, when the
 * local vault's trail is written).
 */
export async function saveDraft(db: Kysely<Database>, request: DraftSaveRequest, actor: string, now: Date): Promise<SavedLetterDraft> {
  const letterCase = await SOURCES[request.caseType].load(db, request.caseId, now);
  const key: DraftRowKey = { caseType: request.caseType, caseId: letterCase.caseId, kind: request.kind, language: request.language };
  const values = {
    letter_date: request.date ?? null,
    inputs_json: JSON.stringify(request.inputs ?? {}),
    body_json: request.body ? JSON.stringify(request.body) : null,
    updated_at: now.toISOString(),
    updated_by: actor,
  };
  const expected = request.expectedDraftVersion;
  const version = await db.transaction().execute(async (trx) => {
    const held = await heldDraft(trx, key);
    if (expected !== undefined && expected !== (held?.version ?? 0)) throw conflict(key, expected, held);
    const next = (held?.version ?? 0) + 1;
    if (held) {
      await trx
        .updateTable('letter_drafts')
        .set({ ...values, version: next })
        .where('case_type', '=', key.caseType)
        .where('case_id', '=', key.caseId)
        .where('kind', '=', key.kind)
        .where('language', '=', key.language)
        .execute();
    } else {
      const inserted = await trx
        .insertInto('letter_drafts')
        .values({ case_type: key.caseType, case_id: key.caseId, kind: key.kind, language: key.language, ...values, version: next })
        .onConflict((oc) => oc.columns(['case_type', 'case_id', 'kind', 'language']).doNothing())
        .executeTakeFirst();
      // Someone kept a first draft of this letter while this save waited for it: theirs stays.
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) throw conflict(key, expected ?? 0, await heldDraft(trx, key));
    }
    await letterCase.recordDocumentEvent(trx, 'letter-draft-saved', { kind: request.kind, language: request.language, edited: request.body !== undefined }, actor, now);
    return next;
  });
  return {
    date: values.letter_date,
    inputs: request.inputs ?? {},
    body: request.body ?? null,
    updatedAt: values.updated_at,
    updatedBy: actor,
    version,
    caseVersion: await caseVersion(db, key.caseType, key.caseId),
  };
}

/**
 * The kept draft of a letter, or null when there is none (or it no longer reads as one). Only
 * the inputs the letter's template still offers come back: a draft kept before a field was
 * retired (the NIS2 reports' `notifier.*`, now the CSIRT contact setting) still opens, rather
 * than every preview of it being refused for a field the DPO can no longer see.
 */
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
  const parsed = letterInputsSchema.safeParse(JSON.parse(row.inputs_json));
  const offered = new Set(loadTemplate(key.caseType, key.kind).inputs);
  const inputs = parsed.success ? Object.fromEntries(Object.entries(parsed.data).filter(([field]) => offered.has(field))) : {};
  const body = row.body_json ? letterBodySchema.safeParse(JSON.parse(row.body_json)) : null;
  return { date: row.letter_date, inputs, body: body?.success ? body.data : null, updatedAt: row.updated_at, updatedBy: row.updated_by, version: row.version };
}

/** Drops the draft of a letter (when it is finalised), in the caller's transaction. */
export async function deleteDraft(trx: Transaction<Database>, key: DraftRowKey): Promise<void> {
  await trx
    .deleteFrom('letter_drafts')
    .where('case_type', '=', key.caseType)
    .where('case_id', '=', key.caseId)
    .where('kind', '=', key.kind)
    .where('language', '=', key.language)
    .execute();
}
