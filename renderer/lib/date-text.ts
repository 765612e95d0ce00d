import { daysInMonth, formatCivilDate, tryParseCivilDate } from '../../electron/shared/pure/civil-date';

/**
 * Dates and times as people type them, whatever the browser's or the OS's locale: both UI
 * languages write a day as `dd/mm/yyyy` (British and Italian usage) and a time on the 24-hour
 * clock, `dd/mm/yyyy HH:mm`. The values the forms keep are the ISO texts the native inputs
 * used to give (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`); ISO typed or pasted is accepted too.
 */

/** Why typed text is not a date: not in the pattern, or in it but not a real day or time. */
export type DateTextProblem = 'format' | 'impossible';

/** What typed text reads as: nothing, an ISO value, or a problem. */
export type DateTextReading = { kind: 'empty' } | { kind: 'value'; value: string } | { kind: 'problem'; problem: DateTextProblem };

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2})[:.](\d{2})$/;
const DATE_TIME_SPLIT = /^(\S+?)(?:\s*,\s*|\s+|T)(\S+)$/;

function readDay(text: string): string | DateTextProblem {
  const dayFirstMatch = DAY_FIRST.exec(text);
  const isoMatch = ISO_DAY.exec(text);
  const ordered = dayFirstMatch ? [dayFirstMatch[3], dayFirstMatch[2], dayFirstMatch[1]] : isoMatch ? [isoMatch[1], isoMatch[2], isoMatch[3]] : null;
  if (!ordered) return 'format';
  const [year = 0, month = 0, day = 0] = ordered.map(Number);
  if (month < 1 || month > 12 || day < 1 || year < 1 || day > daysInMonth(year, month)) return 'impossible';
  return formatCivilDate({ year, month, day });
}

function readTime(text: string): string | DateTextProblem {
  const match = TIME.exec(text);
  if (!match) return 'format';
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return 'impossible';
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function isProblem(read: string): read is DateTextProblem {
  return read === 'format' || read === 'impossible';
}

/** Reads a typed day (`2/12/2026`, `02.12.2026`, `2026-12-02`) as `YYYY-MM-DD`. */
export function readDateText(text: string): DateTextReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const day = readDay(trimmed);
  return isProblem(day) ? { kind: 'problem', problem: day } : { kind: 'value', value: day };
}

/** Reads a typed day and 24-hour time (`2/12/2026 14:30`, `2026-12-02T14:30`) as `YYYY-MM-DDTHH:mm`. */
export function readDateTimeText(text: string): DateTextReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const parts = DATE_TIME_SPLIT.exec(trimmed);
  if (!parts) return { kind: 'problem', problem: 'format' };
  const day = readDay(parts[1] ?? '');
  const time = readTime(parts[2] ?? '');
  if (day === 'format' || time === 'format') return { kind: 'problem', problem: 'format' };
  if (isProblem(day) || isProblem(time)) return { kind: 'problem', problem: 'impossible' };
  return { kind: 'value', value: `${day}T${time}` };
}

function dayFirst(iso: string): string | null {
  const parts = tryParseCivilDate(iso);
  if (!parts) return null;
  return `${String(parts.day).padStart(2, '0')}/${String(parts.month).padStart(2, '0')}/${String(parts.year).padStart(4, '0')}`;
}

/** Reads a typed 24-hour time (`9:05`, `09.05`, `14:30`) as `HH:mm`. */
export function readTimeText(text: string): DateTextReading {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const time = readTime(trimmed);
  return isProblem(time) ? { kind: 'problem', problem: time } : { kind: 'value', value: time };
}

/** Shows a `YYYY-MM-DD` value as `dd/mm/yyyy`; any other text is shown as it is. */
export function dateText(value: string): string {
  return dayFirst(value) ?? value;
}

/** Shows a `YYYY-MM-DDTHH:mm` value as `dd/mm/yyyy HH:mm`; any other text is shown as it is. */
export function dateTimeText(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  const day = match ? dayFirst(match[1] ?? '') : null;
  return day && match ? `${day} ${match[2] ?? ''}` : value;
}
