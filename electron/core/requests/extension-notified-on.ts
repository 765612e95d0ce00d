import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { EXTENSION_NOTICE_KINDS } from './extension-notice-kinds';

/**
 * The first day an extension notice on the request is recorded as sent (`letter sent`), or
 * null: the fact that makes an extension take effect when it is on or before the end of the
 * first period (Art. 12(3) GDPR; CCPA Regs § 7021(b); Swiss Ordinance Art. 18(2); review 6, F13).
 */
export async function extensionNotifiedOn(db: Kysely<Database>, requestId: string): Promise<string | null> {
  const row = await db
    .selectFrom('document_dispatches')
    .innerJoin('documents', 'documents.id', 'document_dispatches.document_id')
    .select((eb) => eb.fn.min('document_dispatches.sent_on').as('first'))
    .where('documents.case_type', '=', 'request')
    .where('documents.case_id', '=', requestId)
    .where('documents.kind', 'in', EXTENSION_NOTICE_KINDS)
    .executeTakeFirst();
  return row?.first ?? null;
}
