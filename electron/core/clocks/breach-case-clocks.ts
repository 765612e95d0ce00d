import type { BreachClockState, ClockUrgency } from '../../shared/breaches';
import type { CaseClock, ClockStatus } from '../../shared/case-clocks';
import type { BreachRoles } from '../../shared/clients';
import { formatWithOffset, parseOffsetDateTime } from '../../shared/pure/breach-clock';
import { addMonths } from '../../shared/pure/civil-date';
import { msg } from '../../shared/pure/i18n/message';
import { instantToWallTime, wallTimeToInstant } from '../../shared/pure/zoned-time';
import { instantStatus } from './clock-status';
import { nis2MonthClocks } from './nis2-month-clocks';

const HOUR_MS = 3_600_000;
/** Directive (EU) 2022/2555 Art. 23(4)(a) and (b); D.Lgs. 138/2024 art. 25. */
const NIS2_EARLY_WARNING_HOURS = 24;
const NIS2_NOTIFICATION_HOURS = 72;

/** What the clocks of one breach are computed from. */
export interface BreachClockFacts {
  awareAt: string;
  authorityDeadline: string;
  /** The Art. 33(1) clock as the register reads it. */
  authorityClock: BreachClockState;
  authorityUrgency: ClockUrgency;
  firstAuthorityNotice: string | null;
  roles: BreachRoles;
  /** The organisation says it is an essential or important entity under NIS2. */
  nis2InScope: boolean;
  /** When the incident ended, as the register records it (the breach's `occurred_to`); null while none is. */
  incidentEndAt: string | null;
  timeZone: string;
}

/** `hours` after `awareAt`, written in its offset (an instant: weekends, holidays and DST changes do not move it). */
export function hoursAfter(awareAt: string, hours: number): string {
  const aware = parseOffsetDateTime(awareAt);
  if (!aware) throw new RangeError(`Not an ISO 8601 date-time with an offset: ${awareAt}`);
  return formatWithOffset(aware.epochMs + hours * HOUR_MS, aware);
}

/**
 * One month after an instant, read on the organisation's wall clock: the same time on the
 * same day of the next month, or on its last day when there is no such day (31 Jan → 28/29 Feb);
 * a daylight-saving change in between moves the offset, not the wall-clock time.
 */
export function oneMonthAfter(instant: string, timeZone: string): string {
  const wall = instantToWallTime(instant, timeZone);
  const { date } = addMonths(wall.slice(0, 10), 1);
  const due = wallTimeToInstant(`${date}${wall.slice(10)}`, timeZone);
  if (due === null) throw new RangeError(`No instant for ${date}${wall.slice(10)} in ${timeZone}`);
  return due;
}

function authorityStatus(clock: BreachClockState, urgency: ClockUrgency): ClockStatus {
  if (clock === 'notified-in-time') return 'done';
  if (clock === 'notified-late') return 'done-late';
  if (clock === 'not-required') return 'not-required';
  if (clock === 'overdue') return 'overdue';
  return urgency === 'amber' ? 'due-soon' : 'running';
}

function authorityClock(facts: BreachClockFacts): CaseClock {
  return {
    kind: 'gdpr-authority',
    party: 'authority',
    partyId: null,
    dueAt: facts.authorityDeadline,
    doneAt: facts.firstAuthorityNotice,
    status: authorityStatus(facts.authorityClock, facts.authorityUrgency),
    ours: true,
    explanation: msg('msg.clock.explain.hoursFromAwareness', { hours: 72 }),
    source: msg('msg.citation.gdpr-art-33-1'),
  };
}

function clientClocks(facts: BreachClockFacts, now: Date): CaseClock[] {
  return facts.roles.clients.map((client) => {
    const base = { kind: 'gdpr-client' as const, party: client.clientName, partyId: client.clientId, doneAt: client.notifiedAt, ours: true };
    if (client.noticeHours === null) {
      return {
        ...base,
        dueAt: null,
        status: client.notifiedAt === null ? 'undue-delay' : 'done',
        explanation: msg('msg.clock.explain.withoutUndueDelay'),
        source: msg('msg.citation.gdpr-art-33-2'),
      };
    }
    const dueAt = hoursAfter(facts.awareAt, client.noticeHours);
    return {
      ...base,
      dueAt,
      status: instantStatus(facts.awareAt, dueAt, client.notifiedAt, now),
      explanation: msg('msg.clock.explain.contractHours', { hours: client.noticeHours }),
      source: msg('msg.citation.gdpr-art-33-2-contract'),
    };
  });
}

function nis2Clocks(facts: BreachClockFacts, now: Date): CaseClock[] {
  const { nis2 } = facts.roles;
  const timed = (kind: 'nis2-early-warning' | 'nis2-notification', hours: number, doneAt: string | null, source: string): CaseClock => {
    const dueAt = hoursAfter(facts.awareAt, hours);
    return {
      kind,
      party: 'csirt',
      partyId: null,
      dueAt,
      doneAt,
      status: instantStatus(facts.awareAt, dueAt, doneAt, now),
      ours: true,
      explanation: msg('msg.clock.explain.hoursFromAwareness', { hours }),
      source: msg(source),
    };
  };
  const monthAfter = (instant: string | null) => (instant === null ? null : oneMonthAfter(instant, facts.timeZone));
  const month = nis2MonthClocks(
    {
      notificationAt: nis2.notificationAt,
      progressReportAt: nis2.progressReportAt,
      finalReportAt: nis2.finalReportAt,
      incidentEndAt: facts.incidentEndAt,
      monthAfterNotification: monthAfter(nis2.notificationAt),
      monthAfterEnd: monthAfter(facts.incidentEndAt),
      monthAfterProgress: monthAfter(nis2.progressReportAt),
    },
    now,
  );
  return [
    timed('nis2-early-warning', NIS2_EARLY_WARNING_HOURS, nis2.earlyWarningAt, 'msg.citation.nis2-art-23-4-a'),
    timed('nis2-notification', NIS2_NOTIFICATION_HOURS, nis2.notificationAt, 'msg.citation.nis2-art-23-4-b'),
    ...month,
  ];
}

/**
 * Every clock of one breach at `now`, in one list: the authority's 72 hours when the breach
 * touches our own data as controller (Art. 33(1)); each affected client's notice under its
 * contract, or "without undue delay" where the contract fixes no hours (Art. 33(2)); and,
 * for a significant incident of an organisation within NIS2, the early warning (24 hours),
 * the incident notification (72 hours), and the final report (one month after the
 * notification) or, for an incident still ongoing then, the progress report at that month and
 * the final report a month after the incident's end (see {@link nis2MonthClocks}), to the
 * CSIRT. Every clock of hours starts at our awareness, even when a processor of ours reported
 * the breach to us earlier.
 */
export function breachCaseClocks(facts: BreachClockFacts, now: Date): CaseClock[] {
  return [
    ...(facts.roles.controllerSide ? [authorityClock(facts)] : []),
    ...clientClocks(facts, now),
    ...(facts.nis2InScope && facts.roles.nis2Significant ? nis2Clocks(facts, now) : []),
  ];
}
