import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { civilDateInZone } from '../deadlines';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { refuseFutureReceipt } from './refuse-future-receipt';
import { loadRequest } from './load-request';
import { recordRequestEvent } from './record-request-event';
import { readRequestContext } from './request-context';
import { refreshDeadlines } from './refresh-deadlines';

/**
 * Corrects when a request was received (a letter found late in the post room, say) and
 * recomputes every deadline from the corrected date. The reference keeps its year.
 */
export async function correctReceipt(db: Kysely<Database>, idOrRef: string, receivedAt: string, reason: string, actor: string, now: Date): Promise<void> {
  refuseFutureReceipt(receivedAt, now);
  const context = await readRequestContext(db);
  await db.transaction().execute(async (trx) => {
    const row = await loadRequest(trx, idOrRef);
    if (row.closed_at !== null) throw new AppError('ILLEGAL_TRANSITION', 'The request is closed; its receipt can no longer be corrected', undefined, msg('msg.error.requestClosed'));
    const receivedDate = civilDateInZone(receivedAt, row.time_zone);
    const { columns } = await refreshDeadlines(trx, { ...row, received_date: receivedDate, extended: row.extended_at !== null }, context);
    await trx
      .updateTable('requests')
      .set({ ...columns, received_at: receivedAt, received_date: receivedDate, updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
    await recordRequestEvent(trx, {
      requestId: row.id,
      action: 'request.receipt-corrected',
      actor,
      at: now,
      reason,
      facts: { fromDate: row.received_date, toDate: receivedDate, due: columns.effective_due ?? null },
    });
  });
}
