/**
 * Civil dates: calendar days as `YYYY-MM-DD` strings, with no time and no zone.
 *
 * Legal periods are counted in calendar days, so a deadline is a civil date, never an
 * instant. Every computation here goes through `Date.UTC` on year/month/day numbers and
 * reads back with the `getUTC*` methods: the machine's local zone is never consulted, so
 * a deadline computed on a laptop in Rome is the same as one computed on a CI runner in UTC.
 */

/** A calendar date written `YYYY-MM-DD` (ISO 8601 extended, proleptic Gregorian). */
export type CivilDate = string;

/** The parts of a civil date; `month` is 1–12. */
export interface CivilDateParts {
  year: number;
  month: number;
  day: number;
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const MS_PER_DAY = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const WEEKDAY_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Splits a civil date into numbers, or returns null when the text is not a real date
 * (`2026-02-30`, `2026-2-3`, `2026-13-01` are all refused).
 */
export function tryParseCivilDate(text: string): CivilDateParts | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True when `text` is a real calendar date written `YYYY-MM-DD`. */
export function isCivilDate(text: unknown): text is CivilDate {
  return typeof text === 'string' && tryParseCivilDate(text) !== null;
}

/** Like {@link tryParseCivilDate} but throws a `RangeError` naming the bad text. */
export function parseCivilDate(text: CivilDate): CivilDateParts {
  const parts = tryParseCivilDate(text);
  if (!parts) throw new RangeError(`Not a date in the form YYYY-MM-DD: "${text}"`);
  return parts;
}

/** Writes parts back as `YYYY-MM-DD`; the parts must already be a valid date. */
export function formatCivilDate(parts: CivilDateParts): CivilDate {
  const y = String(parts.year).padStart(4, '0');
  const m = String(parts.month).padStart(2, '0');
  const d = String(parts.day).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

function toEpochDay(date: CivilDate): number {
  const { year, month, day } = parseCivilDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromEpochDay(epochDay: number): CivilDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return formatCivilDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: CivilDate, days: number): CivilDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * The same day-of-month `months` months later, or the last day of that month when it has
 * no such day (31 Mar + 1 → 30 Apr; 31 Jan 2028 + 1 → 29 Feb 2028). This is the month
 * arithmetic of Regulation 1182/71 Art. 3(2)(c) before any roll-forward; `clamped` says
 * whether the last-day rule was used.
 */
export function addMonths(date: CivilDate, months: number): { date: CivilDate; clamped: boolean } {
  const { year, month, day } = parseCivilDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const last = daysInMonth(targetYear, targetMonth);
  return {
    date: formatCivilDate({ year: targetYear, month: targetMonth, day: Math.min(day, last) }),
    clamped: day > last,
  };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: CivilDate): Weekday {
  return new Date(toEpochDay(date) * MS_PER_DAY).getUTCDay() as Weekday;
}

/** English weekday name, e.g. `Saturday` (engine output; the UI localises). */
export function weekdayName(date: CivilDate): string {
  return WEEKDAY_LONG[weekday(date)];
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function laterOf(a: CivilDate, b: CivilDate): CivilDate {
  return a >= b ? a : b;
}

/** Short English form used in explanations: `Tue 31 Mar 2026`. */
export function formatHumanDate(date: CivilDate): string {
  const { year, month, day } = parseCivilDate(date);
  return `${WEEKDAY_SHORT[weekday(date)]} ${day} ${MONTH_SHORT[month - 1]} ${year}`;
}
