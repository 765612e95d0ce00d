import type { BreachSummary } from '../../../electron/shared/breaches';
import { splitDuration } from './format-time';

const HOUR_MS = 3_600_000;
/** The countdown turns amber with this many hours left, as the back end's urgency does. */
export const AMBER_HOURS = 24;
/** Art. 33(1): 72 hours from awareness. */
export const CLOCK_HOURS = 72;

/**
 * Where a breach's 72-hour clock stands at a given moment, for the list cell and the page's
 * countdown. Once the authority has been told (or the DPO decided it need not be) the back
 * end's verdict stands; while it runs, the time left is recomputed from the deadline at
 * every tick, so the screen counts down without asking the back end again.
 */
export type ClockView =
  | { kind: 'running'; hours: number; minutes: number; urgency: 'none' | 'amber' }
  | { kind: 'overdue'; hours: number; minutes: number }
  | { kind: 'notified-in-time' }
  | { kind: 'notified-late' }
  | { kind: 'not-required' };

export function clockView(breach: Pick<BreachSummary, 'clock' | 'authorityDeadline'>, nowMs: number): ClockView {
  if (breach.clock === 'notified-in-time' || breach.clock === 'notified-late' || breach.clock === 'not-required') return { kind: breach.clock };
  const left = Date.parse(breach.authorityDeadline) - nowMs;
  if (left <= 0) return { kind: 'overdue', ...splitDuration(left) };
  return { kind: 'running', ...splitDuration(left), urgency: left <= AMBER_HOURS * HOUR_MS ? 'amber' : 'none' };
}

/** The colour of a clock: red past the deadline, amber in its last 24 hours, muted once stopped. */
export function clockTone(view: ClockView): 'danger' | 'warning' | 'neutral' | 'done' | 'late' {
  switch (view.kind) {
    case 'overdue':
      return 'danger';
    case 'running':
      return view.urgency === 'amber' ? 'warning' : 'neutral';
    case 'notified-late':
      return 'late';
    default:
      return 'done';
  }
}

/** How much of the 72 hours has gone by, from 0 to 1, for the countdown's bar. */
export function elapsedShare(awareAt: string, nowMs: number): number {
  const share = (nowMs - Date.parse(awareAt)) / (CLOCK_HOURS * HOUR_MS);
  return Math.min(1, Math.max(0, share));
}
