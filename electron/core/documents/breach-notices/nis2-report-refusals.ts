import { oneMonthAfter } from '../../clocks/breach-case-clocks';
import { civilDateInZone } from '../../deadlines';
import { AppError, fieldIssue } from '../../errors';
import { msg } from '../../i18n';
import { instantToWallTime } from '../../../shared/pure/zoned-time';
import type { Nis2Phase } from './breach-field-catalogue';
import type { BreachNoticeContext } from './breach-notice-fields';
import { containedAt } from './breach-containment';

/** Whether the register records that the incident has ended by the report's date. */
function hasEnded(ctx: BreachNoticeContext): boolean {
  const end = ctx.detail.occurredTo;
  return end !== null && ctx.moment.happened(end);
}

/** One month after the incident notification recorded as sent by the report's moment, on the organisation's wall clock (lett. d)); else null. */
function monthAfterNotification(ctx: BreachNoticeContext): string | null {
  const sent = ctx.detail.roles.nis2.notificationAt;
  return sent !== null && ctx.moment.happened(sent) ? oneMonthAfter(sent, ctx.detail.timeZone ?? 'UTC') : null;
}

/** An instant as a message's civil day and wall time in the organisation's zone. */
function dayAndTime(ctx: BreachNoticeContext, instant: string): { day: string; time: string } {
  const zone = ctx.detail.timeZone ?? 'UTC';
  return { day: civilDateInZone(instant, zone), time: instantToWallTime(instant, zone).slice(11, 16) };
}

/**
 * A final report while the register records no end of the incident: art. 25, comma 5, lett.
 * e) asks for the progress report at the month instead, and the final report within a month
 * of the end of its handling; refused (VALIDATION) with what to send or record instead. Where
 * the register records containment but no end, containment is not the end of the handling
 * (review 6, F16): the refusal asks the DPO which applies (record the end and send the final
 * report, or send the progress report at the month) rather than say the incident goes on.
 */
function refuseFinalWhileOngoing(ctx: BreachNoticeContext, phase: Nis2Phase): void {
  if (phase !== 'final' || hasEnded(ctx)) return;
  const contained = containedAt(ctx.detail, ctx.moment);
  const month = monthAfterNotification(ctx);
  const detail =
    contained !== null && month !== null
      ? msg('msg.error.letter.nis2FinalContained', {
          reference: ctx.detail.reference,
          containedOn: dayAndTime(ctx, contained).day,
          containedTime: dayAndTime(ctx, contained).time,
          dueOn: dayAndTime(ctx, month).day,
        })
      : msg('msg.error.letter.nis2FinalOngoing', { reference: ctx.detail.reference });
  throw new AppError('VALIDATION', detail, [fieldIssue('csirt.phase', detail)]);
}

/**
 * The progress report is owed only at the month (from the day the final report falls due,
 * by the report's own date), where the incident's handling is not concluded then (art. 25, comma 5, lett. e), D.Lgs. 138/2024; Art.
 * 23(4)(e) NIS2): dated before the month, its opening would state of that day what no one knows
 * yet (review 6, F16), and an end the register records by the month makes the final report the
 * one due (lett. d)). Either is refused (VALIDATION), naming the day and what to send instead.
 */
function refuseProgressNotDue(ctx: BreachNoticeContext, phase: Nis2Phase): void {
  const month = monthAfterNotification(ctx);
  if (phase !== 'progress' || month === null) return;
  const recorded = ctx.detail.occurredTo;
  const end = recorded !== null && ctx.moment.happened(recorded) && Date.parse(recorded) <= Date.parse(month) ? recorded : null;
  // Owed from the day the final report falls due (the report's own date, in the organisation's zone): that day the DPO knows the handling goes on.
  if (end === null && ctx.date >= dayAndTime(ctx, month).day) return;
  const detail = end !== null
    ? msg('msg.error.letter.nis2ProgressEnded', { reference: ctx.detail.reference, endedOn: dayAndTime(ctx, end).day, dueOn: dayAndTime(ctx, month).day })
    : msg('msg.error.letter.nis2ProgressEarly', { reference: ctx.detail.reference, dueOn: dayAndTime(ctx, month).day, dueTime: dayAndTime(ctx, month).time });
  throw new AppError('VALIDATION', detail, [fieldIssue('csirt.phase', detail)]);
}

/**
 * The final report is due a month after the incident notification (art. 25, comma 5, lett. d),
 * D.lgs. 138/2024; Art. 23(4)(d) NIS2): until one is recorded as sent by the report's date there
 * is nothing to count from, so a final report is refused (VALIDATION) with what to send first.
 */
function refuseFinalBeforeNotification(ctx: BreachNoticeContext, phase: Nis2Phase): void {
  const sent = ctx.detail.roles.nis2.notificationAt;
  if (phase !== 'final' || (sent !== null && ctx.moment.happened(sent))) return;
  const detail = msg('msg.error.letter.nis2FinalFirst', { reference: ctx.detail.reference });
  throw new AppError('VALIDATION', detail, [fieldIssue('csirt.phase', detail)]);
}

/**
 * The progress report is due when the final report would be, a month after the incident
 * notification (art. 25, comma 5, lett. d) and e), D.Lgs. 138/2024): until one is recorded as
 * sent by the report's date it is refused (VALIDATION) with what to send first.
 */
function refuseProgressBeforeNotification(ctx: BreachNoticeContext, phase: Nis2Phase): void {
  const sent = ctx.detail.roles.nis2.notificationAt;
  if (phase !== 'progress' || (sent !== null && ctx.moment.happened(sent))) return;
  const detail = msg('msg.error.letter.nis2ProgressFirst', { reference: ctx.detail.reference });
  throw new AppError('VALIDATION', detail, [fieldIssue('csirt.phase', detail)]);
}

/**
 * There is one early warning (art. 25, comma 5, lett. a)): once one is recorded as sent by the
 * report's date, another is refused (VALIDATION), naming when it went and the CSIRT's
 * reference, and pointing to the incident notification or an intermediate report.
 */
function refuseSecondEarlyWarning(ctx: BreachNoticeContext, phase: Nis2Phase): void {
  const { detail: d } = ctx;
  const sent = d.roles.nis2.earlyWarningAt;
  if (phase !== 'early-warning' || sent === null || !ctx.moment.happened(sent)) return;
  const zone = d.timeZone ?? 'UTC';
  const reference = d.roles.nis2.references['early-warning'];
  const detail = msg(reference ? 'msg.error.letter.nis2EarlyWarningSentRef' : 'msg.error.letter.nis2EarlyWarningSent', {
    reference: d.reference,
    sentOn: civilDateInZone(sent, zone),
    time: instantToWallTime(sent, zone).slice(11, 16),
    protocol: reference ?? '',
  });
  throw new AppError('VALIDATION', detail, [fieldIssue('csirt.phase', detail)]);
}

/**
 * The NIS2 reports the register's record does not allow on the report's date, refused
 * (VALIDATION) with what to send or record instead: a second early warning, a progress or final
 * report before the incident notification, a final report with no end recorded (asking which
 * applies where containment is), a progress report before the month or after an end by it.
 */
export function refuseUnfitNis2Report(ctx: BreachNoticeContext, phase: Nis2Phase): void {
  refuseSecondEarlyWarning(ctx, phase);
  refuseProgressBeforeNotification(ctx, phase);
  refuseFinalBeforeNotification(ctx, phase);
  refuseFinalWhileOngoing(ctx, phase);
  refuseProgressNotDue(ctx, phase);
}
