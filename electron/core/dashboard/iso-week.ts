import { addDays, parseCivilDate, weekday, type CivilDate } from '../deadlines';

/** The Monday of the ISO week `date` falls in. */
export function isoWeekStart(date: CivilDate): CivilDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/**
 * The ISO 8601 week of a date, `2026-W15`: weeks start on Monday and belong to the year of
 * their Thursday, so 1 January 2027 (a Friday) is in `2026-W53`.
 */
export function isoWeekLabel(date: CivilDate): string {
  const thursday = addDays(isoWeekStart(date), 3);
  const { year } = parseCivilDate(thursday);
  const dayOfYear = (Date.UTC(year, ...monthDay(thursday)) - Date.UTC(year, 0, 1)) / 86_400_000;
  const week = Math.floor(dayOfYear / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function monthDay(date: CivilDate): [number, number] {
  const { month, day } = parseCivilDate(date);
  return [month - 1, day];
}
