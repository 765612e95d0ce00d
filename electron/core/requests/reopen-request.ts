import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { RequestStatus } from '../../shared/requests';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { loadRequest } from './load-request';
import { recordRequestEvent } from './record-request-event';
import { readRequestContext } from './request-context';
import { refreshDeadlines } from './refresh-deadlines';

const CLOSED: readonly string[] = ['responded', 'withdrawn'];
const OPEN: readonly string[] = ['received', 'awaiting-identity', 'in-progress', 'extended'];

/**
 * Reopens a responded or withdrawn request (the person writes back that data is missing, a
 * withdrawal was a misunderstanding). It returns to the status it was closed from, its
 * outcome, closing date and lateness are cleared, and its deadlines run again as before;
 * the case history keeps the earlier closing and the reason for reopening.
 */
export async function reopenRequest(db: Kysely<Database>, idOrReference: string, reason: string, actor: string, now: Date): Promise<string> {
  const context = await readRequestContext(db);
  return db.transaction().execute(async (trx) => {
    const row = await loadRequest(trx, idOrReference);
    if (!CLOSED.includes(row.status)) {
      throw new AppError('ILLEGAL_TRANSITION', msg('msg.error.request.reopenOnlyClosed', { status: [msg(`msg.status.request.${row.status}`)] }));
    }
    const closing = await trx
      .selectFrom('request_history')
      .select('from_status')
      .where('request_id', '=', row.id)
      .where('to_status', '=', row.status)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    const back = (closing?.from_status && OPEN.includes(closing.from_status) ? closing.from_status : row.extended_at ? 'extended' : 'in-progress') as RequestStatus;
    const { columns } = await refreshDeadlines(trx, { ...row, extended: row.extended_at !== null }, context);
    await trx
      .updateTable('requests')
      .set({
        ...columns,
        status: back,
        is_open: 1,
        outcome: null,
        refusal_ground: null,
        closed_at: null,
        legal_days_late: null,
        org_days_late: null,
        updated_at: now.toISOString(),
      })
      .where('id', '=', row.id)
      .execute();
    await recordRequestEvent(trx, {
      requestId: row.id,
      action: 'request.reopened',
      actor,
      at: now,
      fromStatus: row.status,
      toStatus: back,
      reason,
      facts: { due: columns.effective_due ?? null },
    });
    return row.id;
  });
}
