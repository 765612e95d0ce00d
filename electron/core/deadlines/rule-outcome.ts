import type { CivilDate } from '../../shared/pure/civil-date';
import type { CitationId } from './citations';
import type { ClockStop, ClockStopReason, DeadlineDetail, DeadlineField, DeadlineStep, GdprExtensionReading, GdprIdentityReading } from './deadline-types';
import type { HolidayCalendar } from './holiday-calendar';
import type { Regime, RequestType } from '../../shared/regimes';
import { timeLaw } from './time-law';
import { rollForwardToWorkingDay } from './working-days';

/** What every rule receives: validated facts of one request. */
export interface RuleInput {
  regime: Regime;
  type: RequestType;
  received: CivilDate;
  /** Working days for business-day counts (CCPA) and the month rules' public holidays. */
  calendar: HolidayCalendar;
  /** The calendar of the regime's computing-time statute (see `time-law.ts`). */
  legalCalendar: HolidayCalendar;
  extended: boolean;
  gdprExtension: GdprExtensionReading;
  gdprIdentity: GdprIdentityReading;
  /** UK GDPR clock stops (empty elsewhere: validation refuses them for other regimes). */
  stops: readonly ClockStop[];
}

/** What every rule returns: one detail per applicable field, null for the others. */
export interface RuleOutcome {
  details: Record<DeadlineField, DeadlineDetail | null>;
  clockStop: { reason: ClockStopReason; since: CivilDate } | null;
}

/** Rolls `date` to a working day, returning the step to record when it moved. */
export function rollStep(date: CivilDate, calendar: HolidayCalendar): { date: CivilDate; steps: DeadlineStep[] } {
  const rolled = rollForwardToWorkingDay(date, calendar);
  if (rolled.date === date) return { date, steps: [] };
  return { date: rolled.date, steps: [{ kind: 'roll-forward', from: date, to: rolled.date, jurisdiction: calendar.jurisdiction.code, skipped: rolled.skipped }] };
}

/**
 * The last day of a period in calendar days under the regime's computing-time statute: moved
 * to the next day that is not a holiday where the statute says so; left in place, with a step
 * saying why, when it is a Saturday the statute does not count or when no statute applies.
 */
export function lawfulEnd(date: CivilDate, input: Pick<RuleInput, 'regime' | 'calendar' | 'legalCalendar'>): { date: CivilDate; steps: DeadlineStep[]; citations: CitationId[] } {
  const law = timeLaw(input.regime);
  const code = input.calendar.jurisdiction.code;
  if (law.effect === 'silent') {
    const day = input.calendar.nonWorkingDay(date);
    return { date, steps: day ? [{ kind: 'no-roll-forward', date, jurisdiction: code, day, why: 'law-silent' }] : [], citations: [law.citation] };
  }
  const rolled = rollStep(date, input.legalCalendar);
  const steps = [...rolled.steps];
  const saturday = input.calendar.nonWorkingDay(rolled.date);
  if (saturday && !law.saturdayMoves && saturday.weekend === 'saturday') {
    steps.push({ kind: 'no-roll-forward', date: rolled.date, jurisdiction: code, day: saturday, why: 'saturday-working' });
  }
  return { date: rolled.date, steps, citations: [law.citation] };
}
