import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import type { processorStepSchema, RequestProcessorSide } from '../../shared/clients';
import { todayInZone } from '../deadlines';
import { AppError, fieldIssue } from '../errors';
import { msg } from '../i18n';
import { loadRequest } from '../requests/load-request';
import { recordRequestEvent } from '../requests/record-request-event';
import { processorSideOf } from './processor-requests';

/**
 * Records a step of a request held in processor capacity: the day it was forwarded to the
 * client (not in the future, not before receipt) and the date the client asked us to assist
 * by (null clears it). Audited in the same transaction; refused for a controller-side request.
 */
export async function recordProcessorStep(db: Kysely<Database>, input: z.output<typeof processorStepSchema>, actor: string, now: Date): Promise<RequestProcessorSide> {
  const row = await loadRequest(db, input.id);
  const today = todayInZone(row.time_zone, now);
  const issue = (path: string, key: string): AppError => new AppError('VALIDATION', msg(key), [fieldIssue(path, msg(key))]);
  if (input.forwardedOn !== undefined && input.forwardedOn > today) throw issue('forwardedOn', 'msg.error.request.futureTime');
  if (input.forwardedOn !== undefined && input.forwardedOn < row.received_date) throw issue('forwardedOn', 'msg.error.forwardBeforeReceipt');
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('request_clients').select('client_id').where('request_id', '=', row.id).executeTakeFirst();
    if (!current) throw issue('id', 'msg.error.notProcessorSide');
    await trx
      .updateTable('request_clients')
      .set({
        ...(input.forwardedOn !== undefined ? { forwarded_on: input.forwardedOn } : {}),
        ...(input.assistBy !== undefined ? { assist_by: input.assistBy } : {}),
      })
      .where('request_id', '=', row.id)
      .execute();
    await trx.updateTable('requests').set({ updated_at: now.toISOString() }).where('id', '=', row.id).execute();
    await recordRequestEvent(trx, {
      requestId: row.id,
      action: 'request.processor-step',
      actor,
      at: now,
      facts: { clientId: current.client_id, ...(input.forwardedOn !== undefined ? { forwardedOn: input.forwardedOn } : {}), ...(input.assistBy !== undefined ? { assistBy: input.assistBy } : {}) },
    });
  });
  const side = await processorSideOf(db, { id: row.id, legalDue: row.legal_binding_due, closedAt: row.closed_at, timeZone: row.time_zone }, today);
  if (!side) throw issue('id', 'msg.error.notProcessorSide');
  return side;
}
