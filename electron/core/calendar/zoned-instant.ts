import { wallTimeToInstant } from '../../shared/pure/zoned-time';
import type { CivilDate } from '../../shared/pure/civil-date';

/**
 * Wall-clock times in the organisation's zone as `Date`s, for the services. The conversion
 * itself lives once, in the pure zoned-time home both sides share: reminders fire at
 * "09:00 on the day" in the organisation's zone, whatever the offset that day.
 */

/**
 * The instant at which the wall clock in `timeZone` shows `time` (`HH:MM`) on `date`. A time
 * that occurs twice (clocks go back) is its first occurrence; a time that does not exist
 * (clocks go forward) moves forward by the gap, as Temporal's "compatible" option does.
 * @throws RangeError when `date` and `time` do not form a wall-clock time
 */
export function instantAtWallTime(date: CivilDate, time: string, timeZone: string): Date {
  const instant = wallTimeToInstant(`${date}T${time}`, timeZone);
  if (instant === null) throw new RangeError(`Not a wall-clock time: ${date}T${time}`);
  return new Date(instant);
}

/** The first instant of a civil day in the zone (midnight, or the first minute after a gap). */
export function startOfDay(date: CivilDate, timeZone: string): Date {
  return instantAtWallTime(date, '00:00', timeZone);
}
