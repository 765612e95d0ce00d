import type { RequestSummary } from '../../../electron/shared/requests';
import { daysBetween } from '../../../electron/shared/pure/civil-date';
import { todayOf } from './detail/today-of';

/**
 * What the days-left badge of a request says, decided once for the inbox and the request
 * page alike: past the legal deadline (red), past only the organisation's own commitment
 * (amber), due today, days left, or nothing to count (closed, or no period applies).
 */
export type DeadlineState =
  | { kind: 'overdue'; days: number }
  | { kind: 'past-commitment'; days: number }
  | { kind: 'today' }
  | { kind: 'left'; days: number }
  | { kind: 'closed' }
  | { kind: 'none' };

type Clocks = Pick<RequestSummary, 'status' | 'legal' | 'organisation' | 'effective' | 'overdue' | 'slaBreached'> & Partial<Pick<RequestSummary, 'processorFor'>>;

/**
 * A request held as processor counts to the agreement's date to forward it to the client, not to the law's or the
 * commitment's, which are the controller's (Art. 12(3), Art. 28(3)(e) GDPR; lawyer review 5, E1): nothing once forwarded.
 */
function forwardingState(request: Clocks, side: NonNullable<RequestSummary['processorFor']>): DeadlineState {
  const today = todayOf(request);
  if (side.forwardedOn !== null || side.forwardBy === null || today === null) return { kind: 'none' };
  const days = daysBetween(today, side.forwardBy);
  if (days < 0) return { kind: 'overdue', days: -days };
  return days === 0 ? { kind: 'today' } : { kind: 'left', days };
}

export function deadlineState(request: Clocks): DeadlineState {
  if (request.status === 'responded' || request.status === 'withdrawn') return { kind: 'closed' };
  if (request.processorFor) return forwardingState(request, request.processorFor);
  if (request.overdue) return { kind: 'overdue', days: Math.abs(request.legal.daysLeft ?? 0) };
  if (request.slaBreached) return { kind: 'past-commitment', days: Math.abs(request.organisation.daysLeft ?? 0) };
  const days = request.effective.daysLeft;
  if (days === null) return { kind: 'none' };
  if (days <= 0) return { kind: 'today' };
  return { kind: 'left', days };
}

/** The colour family of a state, for the badge's class. */
export function deadlineTone(state: DeadlineState): 'danger' | 'warning' | 'neutral' | 'muted' {
  if (state.kind === 'overdue') return 'danger';
  if (state.kind === 'past-commitment') return 'warning';
  if (state.kind === 'closed' || state.kind === 'none') return 'muted';
  return 'neutral';
}
