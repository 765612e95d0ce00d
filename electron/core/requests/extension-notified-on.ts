import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/**
 * The first day an extension notice on the request is recorded as sent (`letter sent`), or
 * null: the fact that makes an extension take effect when it is on or before the end of the
 * first period (Art. 12(3) GDPR; CCPA Regs § 7021(b); review 6, F13).
 */
export async function extensionNotifiedOn(db: Kysely<Database>, requestId: string): Promise<string | null> {
  const row = await db
    .selectFrom('document_dispatches')
    .innerJoin('documents', 'documents.id', 'document_dispatches.document_id')
    .select((eb) => eb.fn.min('document_dispatches.sent_on').as('first'))
    .where('documents.case_type', '=', 'request')
    .where('documents.case_id', '=', requestId)
    .where('documents.kind', '=', 'extension-notice')
    .executeTakeFirst();
  return row?.first ?? null;
}
