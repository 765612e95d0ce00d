/**
 * The Art. 33(1) GDPR clock: the authority is to be notified "where feasible, not later than
 * 72 hours after having become aware" of a breach. Periods in hours run through weekends,
 * holidays and daylight-saving changes, so the deadline is an instant, never a wall-clock
 * time: 72 × 3,600,000 ms after the moment of awareness.
 *
 * Both ends are written as ISO 8601 date-times with an explicit offset. The deadline keeps
 * the offset of `awareAt` exactly as given: a fixed offset is all the input tells us (not
 * a zone such as Europe/Rome), so across a daylight-saving change the deadline shows the
 * same offset as before the change, and its wall-clock hour differs from what the local
 * clock on the wall will read. Example: aware at 2026-03-27T10:00:00+01:00, deadline
 * 2026-03-30T10:00:00+01:00, which is 11:00 in Rome (summer time, +02:00). The instant is
 * right either way; a UI that knows the organisation's zone can display it in that zone.
 * The machine's local zone is never used.
 */

/** Hours the controller has to notify the authority (Art. 33(1) GDPR). */
export const AUTHORITY_NOTICE_HOURS = 72;

/**
 * Days from a preliminary notification to the authority to the complete one when the DPO has
 * set none. Art. 33(4) GDPR lets information follow "in phases without undue further delay"
 * and fixes no period; 30 days is DPO Desk's default (the setting `breaches.followUpDays`),
 * to be replaced by whatever the authority fixes when it acknowledges the preliminary notice.
 */
export const FOLLOW_UP_DEFAULT_DAYS = 30;

const HOUR_MS = 3_600_000;
const MAX_OFFSET_MINUTES = 18 * 60;

/** An instant together with the fixed UTC offset it was written in. */
export interface OffsetDateTime {
  /** Milliseconds since the Unix epoch (sub-millisecond digits are truncated). */
  epochMs: number;
  /** Minutes east of UTC: +60 for "+01:00", -330 for "-05:30", 0 for "Z". */
  offsetMinutes: number;
  /** The offset as written: "Z" or "±HH:MM". */
  offset: string;
}

const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseOffset(text: string): number | undefined {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const hours = Number(text.slice(1, 3));
  const minutes = Number(text.slice(4, 6));
  if (minutes > 59) return undefined;
  const total = hours * 60 + minutes;
  return total > MAX_OFFSET_MINUTES ? undefined : sign * total;
}

/**
 * Parses `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z` or `±HH:MM`, checking that the
 * date exists (no 30 February) and the time is within the day. Returns undefined for
 * anything else, in particular a date-time without an offset: its instant would depend on
 * a zone nobody stated.
 */
export function parseOffsetDateTime(text: string): OffsetDateTime | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '0', fraction = '', offset = ''] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offsetMinutes = parseOffset(offset);
  if (offsetMinutes === undefined) return undefined;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const wallClockMs = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear puts them back.
  const wall = new Date(wallClockMs);
  wall.setUTCFullYear(year);
  return { epochMs: wall.getTime() - offsetMinutes * 60_000, offsetMinutes, offset };
}

/** True when `text` is a date-time that {@link parseOffsetDateTime} accepts. */
export function isOffsetDateTime(text: string): boolean {
  return parseOffsetDateTime(text) !== undefined;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * Writes an instant as `YYYY-MM-DDTHH:MM:SS[.mmm]±HH:MM` (or `Z`) in the given fixed offset.
 * Milliseconds appear only when they are not zero.
 */
export function formatWithOffset(epochMs: number, offset: Pick<OffsetDateTime, 'offset' | 'offsetMinutes'>): string {
  const wall = new Date(epochMs + offset.offsetMinutes * 60_000);
  const date = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  const ms = wall.getUTCMilliseconds();
  return `${date}T${time}${ms === 0 ? '' : `.${pad(ms, 3)}`}${offset.offset}`;
}

/**
 * The Art. 33(1) deadline: the instant exactly 72 hours after `awareAt`, written with
 * `awareAt`'s own offset (see the module note on daylight saving).
 * @throws RangeError when `awareAt` is not a date-time with an offset; validate it first
 * with the breach facts schema.
 */
export function authorityDeadline(awareAt: string): string {
  const aware = parseOffsetDateTime(awareAt);
  if (!aware) throw new RangeError(`Not an ISO 8601 date-time with an offset: ${awareAt}`);
  return formatWithOffset(aware.epochMs + AUTHORITY_NOTICE_HOURS * HOUR_MS, aware);
}
