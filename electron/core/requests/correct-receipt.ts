import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { correctRequest } from './correct-request';

/**
 * Corrects when a request was received (a letter found late in the post room, say) and
 * recomputes every deadline from the corrected date: a correction of one fact, audited as
 * any other (see `correctRequest`). The reference keeps its year.
 */
export async function correctReceipt(
  db: Kysely<Database>,
  idOrRef: string,
  receivedAt: string,
  reason: string,
  actor: string,
  now: Date,
  confirmOldReceipt?: boolean,
): Promise<void> {
  await correctRequest(db, idOrRef, { changes: { receivedAt }, reason, ...(confirmOldReceipt !== undefined ? { confirmOldReceipt } : {}) }, actor, now);
}
