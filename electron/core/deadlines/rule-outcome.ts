import type { CivilDate } from '../../shared/pure/civil-date';
import type { ClockStop, ClockStopReason, DeadlineDetail, DeadlineField, DeadlineStep } from './deadline-types';
import type { HolidayCalendar } from './holiday-calendar';
import type { Regime, RequestType } from '../../shared/regimes';
import { rollForwardToWorkingDay } from './working-days';

/** What every rule receives: validated facts of one request. */
export interface RuleInput {
  regime: Regime;
  type: RequestType;
  received: CivilDate;
  calendar: HolidayCalendar;
  extended: boolean;
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
 * For periods in calendar days that the regime does not roll forward: a step noting that the
 * end is a non-working day (so the reader knows the date is deliberate), or none.
 */
export function noRollStep(date: CivilDate, calendar: HolidayCalendar): DeadlineStep[] {
  const day = calendar.nonWorkingDay(date);
  return day ? [{ kind: 'no-roll-forward', date, jurisdiction: calendar.jurisdiction.code, day }] : [];
}
