import { parseCivilDate, type CivilDate } from '../deadlines';

/**
 * Wall-clock times in the organisation's zone turned into instants, with `Intl` only: the
 * machine's own zone never takes part. Reminders fire at "09:00 on the day" in the
 * organisation's zone, whatever the offset that day (summer or winter time).
 */
const MINUTE = 60_000;
const HOUR = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in minutes (Rome in summer: +120). */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(epochMs)) fields[part.type] = Number(part.value);
  const asUtc = Date.UTC(fields.year ?? 0, (fields.month ?? 1) - 1, fields.day ?? 1, fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / MINUTE);
}

/**
 * The instant at which the wall clock in `timeZone` shows `time` (`HH:MM`) on `date`. A time
 * that occurs twice (clocks go back) is its first occurrence; a time that does not exist
 * (clocks go forward) moves forward by the gap, as Temporal's "compatible" option does.
 */
export function instantAtWallTime(date: CivilDate, time: string, timeZone: string): Date {
  const { year, month, day } = parseCivilDate(date);
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const before = offsetMinutesAt(asUtc - 24 * HOUR, timeZone);
  const after = offsetMinutesAt(asUtc + 24 * HOUR, timeZone);
  const exact = [...new Set([before, after])]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => asUtc - offsetMinutesAt(instant, timeZone) * MINUTE === instant)
    .sort((a, b) => a - b);
  return new Date(exact[0] ?? asUtc - before * MINUTE);
}

/** The first instant of a civil day in the zone (midnight, or the first minute after a gap). */
export function startOfDay(date: CivilDate, timeZone: string): Date {
  return instantAtWallTime(date, '00:00', timeZone);
}
