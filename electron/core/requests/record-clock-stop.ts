import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ClockStopStep } from '../../shared/requests';
import { isInFuture } from '../../shared/pure/future-instant';
import { civilDateInZone } from '../deadlines';
import { AppError, fieldIssue } from '../errors';
import { msg, type Message } from '../i18n';
import { loadRequest } from './load-request';
import { recordRequestEvent } from './record-request-event';
import { readRequestContext } from './request-context';
import { refreshDeadlines } from './refresh-deadlines';

const refuse = (detail: Message, path = 'step'): never => {
  throw new AppError('VALIDATION', detail, [fieldIssue(path, detail)]);
};

/**
 * Records a UK GDPR clock stop other than identity (which the awaiting-identity step records):
 * asking for clarification of an access request, or for a fee (Art. 12A). `start` opens the
 * stop on the day asked, `end` closes it on the day the answer or payment arrived, both as
 * civil dates in the request's zone; the deadlines are recomputed (clarification days do not
 * count; a fee restarts the month) and the step is audited, in one transaction.
 *
 * @returns the request id
 */
export async function recordClockStop(db: Kysely<Database>, idOrRef: string, step: ClockStopStep, actor: string, now: Date): Promise<string> {
  const context = await readRequestContext(db);
  return db.transaction().execute(async (trx) => {
    const row = await loadRequest(trx, idOrRef);
    if (row.regime !== 'uk-gdpr') refuse(msg('msg.error.request.stop.ukOnly', { regime: row.regime }));
    if (row.closed_at !== null) throw new AppError('ILLEGAL_TRANSITION', msg('msg.error.request.closedClock'));
    const when = step.at ? new Date(step.at) : now;
    if (isInFuture(when.getTime(), now.getTime())) refuse(msg('msg.error.request.stepInFuture'), 'at');
    if (when.getTime() < Date.parse(row.received_at)) refuse(msg('msg.error.request.stepBeforeReceipt'), 'at');
    const date = civilDateInZone(when.toISOString(), row.time_zone);
    const open = await trx
      .selectFrom('request_clock_stops')
      .select(['id', 'from_date'])
      .where('request_id', '=', row.id)
      .where('reason', '=', step.reason)
      .where('to_date', 'is', null)
      .executeTakeFirst();
    if (step.action === 'start') {
      if (open) refuse(msg('msg.error.request.stop.already', { reason: [msg(`msg.error.request.stop.reason.${step.reason}`)], date: open.from_date }));
      await trx.insertInto('request_clock_stops').values({ request_id: row.id, reason: step.reason, from_date: date, to_date: null }).execute();
    } else {
      if (!open) refuse(msg('msg.error.request.stop.notStopped', { reason: [msg(`msg.error.request.stop.reason.${step.reason}`)] }));
      else if (date < open.from_date) refuse(msg('msg.error.request.stop.answerBeforeAsk', { reason: [msg(`msg.error.request.stop.reason.${step.reason}`)], date: open.from_date }), 'at');
      else await trx.updateTable('request_clock_stops').set({ to_date: date }).where('id', '=', open.id).execute();
    }
    const { columns } = await refreshDeadlines(trx, { ...row, extended: row.extended_at !== null }, context);
    await trx
      .updateTable('requests')
      .set({ ...columns, updated_at: now.toISOString() })
      .where('id', '=', row.id)
      .execute();
    await recordRequestEvent(trx, {
      requestId: row.id,
      action: step.action === 'start' ? 'request.clock-stopped' : 'request.clock-restarted',
      actor,
      at: now,
      facts: { reason: step.reason, date, due: columns.effective_due ?? null },
    });
    return row.id;
  });
}
