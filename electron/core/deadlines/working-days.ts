import { addDays, type CivilDate } from '../../shared/pure/civil-date';
import type { HolidayCalendar, NonWorkingDay } from './holiday-calendar';

/** A date and the non-working days passed over to reach it. */
export interface WorkingDayResult {
  date: CivilDate;
  skipped: NonWorkingDay[];
}

/** Guards against a calendar with no working days at all (never true of real data). */
const MAX_SKIP = 366;

/**
 * `date` itself when it is a working day, otherwise the next working day: the roll-forward
 * of Reg. 1182/71 Art. 3(4) and of the ICO ("you have until the next working day").
 */
export function rollForwardToWorkingDay(date: CivilDate, calendar: HolidayCalendar): WorkingDayResult {
  const skipped: NonWorkingDay[] = [];
  let current = date;
  for (let guard = 0; guard < MAX_SKIP; guard += 1) {
    const off = calendar.nonWorkingDay(current);
    if (!off) return { date: current, skipped };
    skipped.push(off);
    current = addDays(current, 1);
  }
  throw new Error(`No working day within a year after ${date} in ${calendar.jurisdiction.code}`);
}

/**
 * The `count`-th working day after `date`, not counting `date` itself (CCPA "no later than
 * 10 business days after receiving"; Cal. Civ. Code § 10 excludes the first day). A request
 * received on a Saturday therefore has the following Monday as business day one.
 */
export function addWorkingDays(date: CivilDate, count: number, calendar: HolidayCalendar): WorkingDayResult {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
  const skipped: NonWorkingDay[] = [];
  let current = date;
  let counted = 0;
  for (let guard = 0; counted < count; guard += 1) {
    if (guard > count + MAX_SKIP) throw new Error(`Too few working days after ${date} in ${calendar.jurisdiction.code}`);
    current = addDays(current, 1);
    const off = calendar.nonWorkingDay(current);
    if (off) skipped.push(off);
    else counted += 1;
  }
  return { date: current, skipped };
}
