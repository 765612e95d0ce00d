import type { BreachClockState, ClockUrgency } from '../../../shared/breaches';

const HOUR_MS = 3_600_000;
/** The countdown turns amber with this many hours left. */
export const AMBER_HOURS = 24;

/** Hours from one instant to another, to one decimal; negative when `toMs` is earlier. */
export function hoursBetween(fromMs: number, toMs: number): number {
  return Math.round(((toMs - fromMs) / HOUR_MS) * 10) / 10;
}

export interface ClockFacts {
  authorityDeadline: string;
  /** When the first notification to the authority was sent, if any. */
  firstAuthorityNotice: string | null;
  /** The DPO's decision on the authority, or null before one is recorded. */
  decidedNotifyAuthority: boolean | null;
}

export interface ClockView {
  hoursLeft: number;
  clock: BreachClockState;
  urgency: ClockUrgency;
}

/**
 * Where the Art. 33(1) clock stands at `now`. The first notification to the authority stops
 * it (on time or late; later phases do not restart it, Art. 33(4)); a decision that the
 * authority need not be told stops it too. Otherwise it runs, amber with 24 hours or less
 * left and red once past. `hoursLeft` is always the distance from now to the deadline.
 */
export function breachClock(facts: ClockFacts, now: Date): ClockView {
  const deadlineMs = Date.parse(facts.authorityDeadline);
  const hoursLeft = hoursBetween(now.getTime(), deadlineMs);
  if (facts.firstAuthorityNotice !== null) {
    const onTime = Date.parse(facts.firstAuthorityNotice) <= deadlineMs;
    return { hoursLeft, clock: onTime ? 'notified-in-time' : 'notified-late', urgency: 'none' };
  }
  if (facts.decidedNotifyAuthority === false) return { hoursLeft, clock: 'not-required', urgency: 'none' };
  if (now.getTime() > deadlineMs) return { hoursLeft, clock: 'overdue', urgency: 'red' };
  return { hoursLeft, clock: 'running', urgency: deadlineMs - now.getTime() <= AMBER_HOURS * HOUR_MS ? 'amber' : 'none' };
}
