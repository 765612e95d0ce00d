import { dateTimeFormat, numberFormat } from '../../../electron/shared/pure/intl-formats';
import { formatInstantInZone } from '../../../electron/shared/pure/instant-format';
import type { Language } from '../../i18n/language';

/**
 * Instants and durations as the breach screens show them. Every instant is written in the
 * organisation's zone (passed in, never the machine's); durations are real elapsed time,
 * so a weekend or a change of clocks counts exactly as many hours as it lasts.
 */
const locales: Record<Language, string> = { en: 'en-GB', it: 'it-IT' };
const MINUTE_MS = 60_000;

/**
 * `Fri 27 Mar 2026, 10:00` (with the weekday) or `27 Mar 2026, 10:00`, in the given zone;
 * `withZone` adds the zone and its UTC offset (`… 10:00 CET (+01:00)`) where a deadline is
 * explained, so the hour cannot be misread around a change of clocks.
 */
export function formatInstant(instant: string | number, timeZone: string, language: Language, withWeekday = false, withZone = false): string {
  return formatInstantInZone(instant, timeZone, language, withWeekday, withZone);
}

/** The two halves of an instant in a zone, for a narrow cell: `27 Mar 2026` and `10:00`. */
export function formatDayAndTime(instant: string, timeZone: string, language: Language): { day: string; time: string } {
  const at = Date.parse(instant);
  if (Number.isNaN(at)) return { day: instant, time: '' };
  return {
    day: dateTimeFormat(locales[language], { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(at),
    time: dateTimeFormat(locales[language], { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at),
  };
}

/** Whole hours and the minutes beyond them in a span of milliseconds (sign ignored, rounded down). */
export function splitDuration(ms: number): { hours: number; minutes: number } {
  const totalMinutes = Math.floor(Math.abs(ms) / MINUTE_MS);
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

/** A number in the UI language (`1,200` / `1.200`). */
export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  return numberFormat(locales[language], { useGrouping: 'always', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}
