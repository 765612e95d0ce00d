import { addDays, weekday } from '../../../electron/shared/pure/civil-date';

/**
 * The days of a month view: whole weeks, Monday first, from the week holding the 1st to the
 * week holding the last day. Civil dates only (`YYYY-MM-DD`), computed in UTC arithmetic so
 * the machine's zone never moves a day.
 */

/** The month (`YYYY-MM`) `months` after `month`. */
export function shiftMonth(month: string, months: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Weeks of seven dates covering the month, Monday to Sunday. */
export function monthGrid(month: string): string[][] {
  const first = `${month}-01`;
  const last = addDays(`${shiftMonth(month, 1)}-01`, -1);
  const weekdayOfFirst = (weekday(first) + 6) % 7;
  const weeks: string[][] = [];
  for (let start = addDays(first, -weekdayOfFirst); start <= last; start = addDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)));
  }
  return weeks;
}

/** The first and last day shown by a month view. */
export function gridRange(month: string): { from: string; to: string } {
  const weeks = monthGrid(month);
  return { from: weeks[0]?.[0] ?? `${month}-01`, to: weeks.at(-1)?.[6] ?? `${month}-28` };
}
