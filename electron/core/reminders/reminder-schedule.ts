import type { DeadlineKind } from '../../shared/calendar';
import type { ReminderLead } from '../../shared/notifications';
import type { DeadlinePreferences } from '../../shared/reminders';
import { addDays, type CivilDate } from '../deadlines';
import { instantAtWallTime } from '../calendar/zoned-instant';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** A deadline reminders are about: a civil date (requests, reviews) or an instant (breaches). */
export interface ReminderItem {
  /** The calendar item's stable id (`request-due-legal:<case id>`). */
  key: string;
  kind: DeadlineKind;
  caseType: 'request' | 'breach' | 'retention' | 'register';
  caseId: string;
  reference: string;
  label: string;
  deadline: { date: CivilDate } | { instant: string };
}

/** One reminder of one item at one lead time. Its id names the deadline, so a moved deadline gets new reminders. */
export interface PlannedReminder {
  id: string;
  item: ReminderItem;
  lead: ReminderLead;
  fireAt: Date;
}

/** What the scheduler needs: the deadlines, the lead times, the zone, the clock and what has fired. */
export interface ScheduleInput {
  items: readonly ReminderItem[];
  preferences: Pick<DeadlinePreferences, 'breachHours' | 'requestDays' | 'timeOfDay'>;
  timeZone: string;
  now: Date;
  /** Reminder ids already fired (or superseded): none fires twice. */
  fired: ReadonlySet<string>;
  /** Reminders that came due before this instant (before reminders ever ran) are passed over silently. */
  since: Date;
  /** An overdue reminder older than this is passed over (the daily summary counts it). */
  overdueWindowDays?: number;
}

/** What to show now, what to record as passed over, and what is ahead. */
export interface Schedule {
  /** To show now: at most one per item, the most urgent of those that came due. */
  due: PlannedReminder[];
  /** Came due but overtaken by a more urgent one of the same item (or too old): recorded, never shown. */
  superseded: PlannedReminder[];
  /** Still ahead, soonest first. */
  upcoming: PlannedReminder[];
}

function deadlineText(item: ReminderItem): string {
  return 'date' in item.deadline ? item.deadline.date : new Date(item.deadline.instant).toISOString();
}

/**
 * Every reminder of one item. Breach deadlines are instants: a reminder fires exactly N real
 * hours before, whatever the clocks on the wall do. Date deadlines fire at the time of day
 * in the organisation's zone, N days before (0: on the day); the wall-clock time is kept
 * across a change of clocks, so the real gap between two reminders can be 23 or 25 hours a
 * day. Each item also has one `overdue` reminder: at the instant for a breach, the next
 * morning for a date.
 */
export function remindersOf(item: ReminderItem, input: Pick<ScheduleInput, 'preferences' | 'timeZone'>): PlannedReminder[] {
  const base = `${item.key}@${deadlineText(item)}`;
  const at = (lead: ReminderLead, fireAt: Date): PlannedReminder => ({ id: `${base}#${lead}`, item, lead, fireAt });
  if ('instant' in item.deadline) {
    const deadline = Date.parse(item.deadline.instant);
    return [
      ...input.preferences.breachHours.map((h) => at(`${h}h`, new Date(deadline - h * HOUR_MS))),
      at('overdue', new Date(deadline)),
    ].sort((a, b) => a.fireAt.getTime() - b.fireAt.getTime());
  }
  const { date } = item.deadline;
  const wall = (day: CivilDate) => instantAtWallTime(day, input.preferences.timeOfDay, input.timeZone);
  return [...input.preferences.requestDays.map((d) => at(`${d}d`, wall(addDays(date, -d)))), at('overdue', wall(addDays(date, 1)))].sort(
    (a, b) => a.fireAt.getTime() - b.fireAt.getTime(),
  );
}

/**
 * Pure: given the items, the lead times, the zone, the clock and what has fired, says what
 * to show now, what to record as passed over, and what is still ahead. When several
 * reminders of an item came due while the app was closed, only the most urgent shows (no
 * burst of stale "7 days left" after "2 days left"); the others are recorded as fired.
 */
export function planReminders(input: ScheduleInput): Schedule {
  const now = input.now.getTime();
  const window = (input.overdueWindowDays ?? 7) * DAY_MS;
  const schedule: Schedule = { due: [], superseded: [], upcoming: [] };
  for (const item of input.items) {
    const open = remindersOf(item, input).filter((r) => !input.fired.has(r.id));
    const came = open.filter((r) => r.fireAt.getTime() <= now);
    schedule.upcoming.push(...open.filter((r) => r.fireAt.getTime() > now));
    const latest = came.at(-1);
    if (!latest) continue;
    const stale = latest.fireAt.getTime() < input.since.getTime() || (latest.lead === 'overdue' && now - latest.fireAt.getTime() > window);
    schedule.superseded.push(...came.filter((r) => stale || r !== latest));
    if (!stale) schedule.due.push(latest);
  }
  schedule.due.sort((a, b) => a.fireAt.getTime() - b.fireAt.getTime());
  schedule.upcoming.sort((a, b) => a.fireAt.getTime() - b.fireAt.getTime());
  return schedule;
}

/** The daily summary's id and fire time for a day: the time of day in the organisation's zone. */
export function summaryOf(day: CivilDate, input: Pick<ScheduleInput, 'preferences' | 'timeZone'>): { id: string; fireAt: Date } {
  return { id: `summary:${day}`, fireAt: instantAtWallTime(day, input.preferences.timeOfDay, input.timeZone) };
}

/**
 * Today's summary when it is due and has not fired (only today's: a summary missed on a day
 * the app was closed is not shown late), and the next one ahead.
 */
export function planSummary(today: CivilDate, input: Pick<ScheduleInput, 'preferences' | 'timeZone' | 'now' | 'fired'>): { due: string | null; next: { id: string; fireAt: Date } } {
  const todays = summaryOf(today, input);
  const cameDue = todays.fireAt.getTime() <= input.now.getTime();
  return {
    due: cameDue && !input.fired.has(todays.id) ? todays.id : null,
    next: cameDue ? summaryOf(addDays(today, 1), input) : todays,
  };
}
