import { AppError } from '../errors';
import type { CivilDate } from '../../shared/pure/civil-date';
import { instantToWallTime } from '../../shared/pure/zoned-time';
import { msg } from '../i18n';

/**
 * An ISO 8601 instant with an explicit offset: `2026-01-31T23:30:00+01:00` or `…Z`.
 * A text without an offset would be read in the machine's local zone, which is exactly
 * what DESIGN.md forbids, so it is refused.
 */
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** True when `text` is an ISO instant with an explicit offset or `Z`. */
export function isInstantWithOffset(text: string): boolean {
  return INSTANT_PATTERN.test(text) && !Number.isNaN(Date.parse(text));
}

/**
 * The civil date that an instant falls on in an IANA time zone — the date of receipt as the
 * organisation sees it. A request received at 23:30 in Rome on 31 Jan is received on 31 Jan
 * (it is 22:30 UTC), and one received at 00:30 Rome time on 1 Feb is received on 1 Feb even
 * though it is still 31 Jan in UTC. Uses the pure zoned-time home (`Intl` with `timeZone`),
 * never the machine's zone.
 *
 * @param instant a `Date`, or an ISO text with an offset (`Z` or `±hh:mm`)
 * @param timeZone an IANA zone such as `Europe/Rome`
 * @throws AppError VALIDATION for an instant without an offset or an unknown zone
 */
export function civilDateInZone(instant: string | Date, timeZone: string): CivilDate {
  let date: Date;
  if (typeof instant === 'string') {
    if (!isInstantWithOffset(instant)) {
      throw new AppError('VALIDATION', msg('msg.error.time.noOffset', { instant }));
    }
    date = new Date(instant);
  } else {
    date = instant;
  }
  if (Number.isNaN(date.getTime())) throw new AppError('VALIDATION', msg('msg.error.time.invalid'));
  try {
    return instantToWallTime(date, timeZone).slice(0, 10);
  } catch {
    throw new AppError('VALIDATION', msg('msg.error.time.zone', { zone: timeZone }));
  }
}

/** Today's civil date in `timeZone` (for days-left badges); `now` is injectable for tests. */
export function todayInZone(timeZone: string, now: Date = new Date()): CivilDate {
  return civilDateInZone(now, timeZone);
}
