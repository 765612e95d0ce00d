import type { CaseClock } from '../../shared/case-clocks';
import { msg } from '../../shared/pure/i18n/message';
import { instantStatus } from './clock-status';

/**
 * What the NIS2 reports due "at the month" are reckoned from: the reports recorded as sent,
 * the incident's end as the register records it (the breach's `occurred_to`), and one month
 * after the notification and after the end, as the organisation's wall clock reads them.
 */
export interface Nis2MonthFacts {
  notificationAt: string | null;
  progressReportAt: string | null;
  finalReportAt: string | null;
  incidentEndAt: string | null;
  /** One month after `notificationAt`; null until the notification is recorded. */
  monthAfterNotification: string | null;
  /** One month after `incidentEndAt`; null while no end is recorded. */
  monthAfterEnd: string | null;
  /** One month after `progressReportAt` (the latest progress report recorded); null while none is. */
  monthAfterProgress: string | null;
}

const CSIRT = { party: 'csirt', partyId: null, ours: true } as const;

/**
 * The final report, and the progress report when one is owed or was sent. Directive (EU)
 * 2022/2555 Art. 23(4) (consolidated text on EUR-Lex, CELEX 02022L2555-20221227; D.Lgs.
 * 138/2024 art. 25, comma 5), in paraphrase: (d) a final report not later than one month
 * after the incident notification; (e) where the incident is still ongoing at that time, a
 * progress report then, and the final report within one month of the entity's handling of the
 * incident. (The EUR-Lex page was found; its Art. 23 wording was not among the passages the
 * reference search returned, so this paraphrase follows the brief and the report templates.)
 *
 * - No notification yet: the final report waits for it.
 * - Before the month: the final report runs to the month.
 * - At the month, with no final report, while no end is recorded by then (or the recorded end
 *   falls after it): the incident was ongoing, so the progress report is the one owed at the
 *   month (overdue until sent), and the final report waits for the end.
 * - Progress reports are monthly: D.Lgs. 138/2024 art. 25, comma 5, lett. e) asks, for an
 *   incident still ongoing when the final report is due, "una relazione mensile sui progressi e
 *   una relazione finale entro un mese dalla conclusione della gestione dell'incidente" (GU
 *   Serie Generale n. 230 of 1 October 2024; review 5, E24). Once one is recorded, the next is
 *   due one month after the latest recorded, while no end is recorded by then and no final
 *   report is sent; otherwise the latest stands as the one met.
 * - Once a progress report is recorded: the final report is due one month after the recorded
 *   end, and waits (never overdue) while none is recorded; an end recorded by the month shows
 *   the incident was over then, so point (d) applies and the final report is due at the month
 *   (as the report itself says, `nis2-report-fields.ts`).
 * - A final report recorded with no progress report before it: met (or met late) against the
 *   month; nothing more is owed.
 */
export function nis2MonthClocks(facts: Nis2MonthFacts, now: Date): CaseClock[] {
  const { notificationAt, progressReportAt, finalReportAt, incidentEndAt, monthAfterNotification: month, monthAfterEnd, monthAfterProgress } = facts;
  const source = (point: 'd' | 'e') => msg(point === 'd' ? 'msg.citation.nis2-art-23-4-d' : 'msg.citation.nis2-art-23-4-e');
  if (notificationAt === null || month === null) {
    return [{ ...CSIRT, kind: 'nis2-final', dueAt: null, doneAt: finalReportAt, status: 'waiting', explanation: msg('msg.clock.explain.finalAwaitsNotification'), source: source('d') }];
  }
  const ongoingAtMonth = incidentEndAt === null || Date.parse(incidentEndAt) > Date.parse(month);
  const monthPassed = now.getTime() > Date.parse(month);
  const progressOwed = finalReportAt === null && monthPassed && ongoingAtMonth;
  // The next monthly progress report, owed while the incident goes on past a month from the latest one recorded.
  const nextProgress =
    progressReportAt !== null && monthAfterProgress !== null && finalReportAt === null && (incidentEndAt === null || Date.parse(incidentEndAt) > Date.parse(monthAfterProgress))
      ? monthAfterProgress
      : null;
  const progress: CaseClock[] =
    progressReportAt !== null && nextProgress !== null
      ? [
          {
            ...CSIRT,
            kind: 'nis2-progress',
            dueAt: nextProgress,
            doneAt: null,
            status: instantStatus(progressReportAt, nextProgress, null, now),
            explanation: msg('msg.clock.explain.progressMonthly'),
            source: source('e'),
          },
        ]
      : progressReportAt !== null || progressOwed
      ? [
          {
            ...CSIRT,
            kind: 'nis2-progress',
            dueAt: month,
            doneAt: progressReportAt,
            status: instantStatus(notificationAt, month, progressReportAt, now),
            explanation: msg('msg.clock.explain.progressAtMonth'),
            source: source('e'),
          },
        ]
      : [];
  // The final report waits on the end once a progress report is owed or sent, unless the recorded end shows the incident over by the month.
  if (progress.length === 0 || !ongoingAtMonth) {
    const status = instantStatus(notificationAt, month, finalReportAt, now);
    return [...progress, { ...CSIRT, kind: 'nis2-final', dueAt: month, doneAt: finalReportAt, status, explanation: msg('msg.clock.explain.monthFromNotification'), source: source('d') }];
  }
  const final: CaseClock =
    incidentEndAt === null || monthAfterEnd === null
      ? { ...CSIRT, kind: 'nis2-final', dueAt: null, doneAt: finalReportAt, status: finalReportAt === null ? 'waiting' : 'done', explanation: msg('msg.clock.explain.finalAwaitsEnd'), source: source('e') }
      : {
          ...CSIRT,
          kind: 'nis2-final',
          dueAt: monthAfterEnd,
          doneAt: finalReportAt,
          status: instantStatus(incidentEndAt, monthAfterEnd, finalReportAt, now),
          explanation: msg('msg.clock.explain.monthFromEnd'),
          source: source('e'),
        };
  return [...progress, final];
}
