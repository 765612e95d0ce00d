/**
 * The one rule for "this cannot have happened yet", used by the forms and by the services
 * alike: a moment more than a minute after now is in the future. The minute of grace covers
 * clocks that differ slightly between machines.
 */

/** A minute's grace for clocks that differ slightly between machines. */
export const FUTURE_GRACE_MS = 60_000;

/**
 * True when `instant` (an ISO date-time with an offset, or epoch milliseconds) lies more
 * than {@link FUTURE_GRACE_MS} after `nowMs`. A text that cannot be read is not in the future:
 * reading it is the caller's check.
 */
export function isInFuture(instant: string | number, nowMs: number): boolean {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return ms > nowMs + FUTURE_GRACE_MS;
}
