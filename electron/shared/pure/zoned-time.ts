/**
 * Wall-clock times in the organisation's time zone, converted without the machine's own
 * zone ever taking part (DESIGN.md: never use the local zone implicitly). Only `Intl` is
 * used, so this runs the same in Electron, in a browser and in Node.
 */

import { dateTimeFormat } from './intl-formats';

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of an instant in a zone. */
function wallFields(epochMs: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of partsFormatter(timeZone).formatToParts(epochMs)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  return fields;
}

/** The zone's offset from UTC at an instant, in whole minutes (east positive: Rome in summer is 120). */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  const f = wallFields(epochMs, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / MINUTE);
}

/** `+02:00`, `-05:00`, `+05:45`, `+00:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The zone's name and offset at an instant, for every instant a person must read exactly:
 * `CEST (+02:00)`, `GMT (+00:00)`; `UTC+05:45` when the language has no abbreviation for
 * the zone. The offset removes the doubt an abbreviation leaves around a change of clocks.
 */
export function zoneWithOffset(epochMs: number, timeZone: string, locale = 'en-GB'): string {
  const offset = formatOffset(offsetMinutesAt(epochMs, timeZone));
  const name = dateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value ?? '';
  return name === '' || /^(GMT|UTC)[+-−]/.test(name) ? `UTC${offset}` : `${name} (${offset})`;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * Turns a wall-clock time as a `datetime-local` input gives it (`2026-03-31T09:30`) into an
 * ISO instant with the zone's offset at that moment (`2026-03-31T09:30:00+02:00`), or null
 * when the text is not such a time. Around a change of offset it does what Temporal's
 * "compatible" disambiguation does: a time that occurs twice (the clocks go back) is the
 * first occurrence; a time that does not exist (the clocks go forward) is moved forward by
 * the length of the gap (02:30 on the spring-forward night in Rome becomes 03:30+02:00).
 */
export function wallTimeToInstant(wall: string, timeZone: string): string | null {
  const match = WALL.exec(wall);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const second = Number.isNaN(s) ? 0 : s;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, second);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || second > 59) return null;

  const before = offsetMinutesAt(asUtc - DAY, timeZone);
  const after = offsetMinutesAt(asUtc + DAY, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => asUtc - offsetMinutesAt(instant, timeZone) * MINUTE === instant)
    .sort((a, b) => a - b);
  const instant = candidates[0] ?? asUtc - before * MINUTE;
  const offset = offsetMinutesAt(instant, timeZone);
  const f = wallFields(instant, timeZone);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${formatOffset(offset)}`;
}

/** The wall-clock time of an instant in a zone, as a `datetime-local` input wants it (`2026-03-31T09:30`). */
export function instantToWallTime(instant: string | number | Date, timeZone: string): string {
  const f = wallFields(new Date(instant).getTime(), timeZone);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}

/**
 * An instant written in a zone's offset at that moment, to the second
 * (`2026-03-27T10:00:05+01:00`): "now" as the breach clock wants it, never the machine's zone.
 */
export function instantInZone(epochMs: number, timeZone: string): string {
  const f = wallFields(epochMs, timeZone);
  const offset = offsetMinutesAt(epochMs, timeZone);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${formatOffset(offset)}`;
}

/** Today's civil date (`YYYY-MM-DD`) in a zone. */
export function todayInZone(timeZone: string, now: number = Date.now()): string {
  return instantToWallTime(now, timeZone).slice(0, 10);
}
