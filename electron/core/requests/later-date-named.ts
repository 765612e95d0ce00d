import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { isCivilDate } from '../../shared/pure/civil-date';
import { LATER_DATE_NOTICE } from './extension-notice-kinds';

/**
 * The date the first Swiss notice of a later date recorded as sent names for the answer (Data
 * Protection Ordinance Art. 18(2)), or null when none is recorded as sent. The date is the one
 * the notice was finalised with: its finalisation event keeps it (`laterDate`), as a breach
 * notice's keeps the client or the report it is, so the register needs no column of its own
 * and the date can never differ from the letter's.
 */
export async function laterDateNamed(db: Kysely<Database>, requestId: string): Promise<string | null> {
  const first = await db
    .selectFrom('document_dispatches')
    .innerJoin('documents', 'documents.id', 'document_dispatches.document_id')
    .select(['documents.id as id'])
    .where('documents.case_type', '=', 'request')
    .where('documents.case_id', '=', requestId)
    .where('documents.kind', '=', LATER_DATE_NOTICE)
    .orderBy('document_dispatches.sent_on')
    .orderBy('document_dispatches.recorded_at')
    .executeTakeFirst();
  if (!first) return null;
  const events = await db
    .selectFrom('audit_events')
    .select('data')
    .where('entity_type', '=', 'request')
    .where('entity_id', '=', requestId)
    .where('action', '=', 'request.letter-finalised')
    .execute();
  for (const event of events) {
    const data = JSON.parse(event.data) as { documentId?: unknown; laterDate?: unknown };
    if (data.documentId === first.id) return typeof data.laterDate === 'string' && isCivilDate(data.laterDate) ? data.laterDate : null;
  }
  return null;
}
