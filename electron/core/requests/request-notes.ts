import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { loadRequest } from './load-request';
import { recordRequestEvent } from './record-request-event';

/**
 * Adds a note to the case. Notes are never edited: a wrong one is corrected by a new note
 * that names it (`correctsNoteId`, a note of the same request), and both stay on the page
 * and in History. The audit trail records the step and the note's hash, never its text.
 */
export async function addNote(
  db: Kysely<Database>,
  requestIdOrRef: string,
  text: string,
  actor: string,
  now: Date,
  correctsNoteId: number | null = null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const request = await loadRequest(trx, requestIdOrRef);
    if (correctsNoteId !== null) {
      const corrected = await trx.selectFrom('request_notes').select('id').where('id', '=', correctsNoteId).where('request_id', '=', request.id).executeTakeFirst();
      if (!corrected) throw new AppError('NOT_FOUND', msg('msg.error.request.noteNotFound', { id: correctsNoteId, reference: request.reference }));
    }
    await trx.insertInto('request_notes').values({ request_id: request.id, at: now.toISOString(), author: actor, text, corrects_note_id: correctsNoteId }).execute();
    await recordRequestEvent(trx, {
      requestId: request.id,
      action: correctsNoteId === null ? 'request.note-added' : 'request.note-corrected',
      actor,
      at: now,
      reason: text,
      ...(correctsNoteId === null ? {} : { facts: { correctsNoteId } }),
    });
  });
}
