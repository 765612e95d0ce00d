import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { loadRequest } from './load-request';
import { recordRequestEvent } from './record-request-event';

/**
 * Voids a request registered in error (a duplicate, a test, a message that was not a
 * request). It stays in the register and the audit trail, marked void with the reason, and
 * leaves every count, deadline list, reminder and report figure. Voiding is final.
 */
export async function voidRequest(db: Kysely<Database>, idOrReference: string, reason: string, actor: string, now: Date): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const row = await loadRequest(trx, idOrReference);
    if (row.status === 'void') throw new AppError('ILLEGAL_TRANSITION', msg('msg.error.request.alreadyVoid'));
    const at = now.toISOString();
    await trx
      .updateTable('requests')
      .set({ status: 'void', is_open: 0, voided_at: at, legal_days_late: null, org_days_late: null, updated_at: at })
      .where('id', '=', row.id)
      .execute();
    await recordRequestEvent(trx, { requestId: row.id, action: 'request.voided', actor, at: now, fromStatus: row.status, toStatus: 'void', reason });
    return row.id;
  });
}
