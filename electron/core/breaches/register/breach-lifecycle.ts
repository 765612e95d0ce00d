import type { Art34Exemption, BreachStatus, NotificationRecipient } from '../../../shared/breaches';

/**
 * The lifecycle of a breach: open → assessed → notified → closed, one step at a time.
 * `closed` is final. What each step needs beyond the order is in {@link transitionProblem}.
 */
const MOVES: Record<BreachStatus, readonly BreachStatus[]> = {
  open: ['assessed'],
  assessed: ['notified'],
  notified: ['closed'],
  closed: [],
};

export function allowedTransitions(from: BreachStatus): readonly BreachStatus[] {
  return MOVES[from];
}

/** What a move depends on: the triage, the decision and the notifications recorded. */
export interface LifecycleFacts {
  status: BreachStatus;
  triaged: boolean;
  /** Required facts still missing (named in the refusal). */
  missingFacts: readonly string[];
  decision: { notifyAuthority: boolean; notifySubjects: boolean; art34Exemption: Art34Exemption | null; stale: boolean } | null;
  notifications: Record<NotificationRecipient, number>;
}

/**
 * Why a move is refused, in words a DPO understands, or null when it is allowed:
 * - every move: a decision on record was taken against the current recommendation (when
 *   the facts changed the recommendation, the DPO decides again before going on);
 * - assessed: the facts are triaged and the DPO's decision is recorded;
 * - notified: the authority has been notified, or the DPO decided it need not be;
 * - closed: the people have been told when the decision says so, and a public communication
 *   is recorded when the Art. 34(3)(c) ground was used (the reason is checked by the schema).
 */
export function transitionProblem(facts: LifecycleFacts, to: BreachStatus): string | null {
  const from = facts.status;
  if (from === 'closed') return `The breach is closed; it cannot move to ${to}`;
  if (from === to) return `The breach is already ${to}`;
  if (!MOVES[from].includes(to)) return `A breach that is ${from} cannot move to ${to}; next: ${MOVES[from].join(', ')}`;
  if (facts.decision?.stale) return 'The facts changed after your decision and the recommendation is now different; record the decision again';
  switch (to) {
    case 'assessed':
      if (!facts.triaged) return `Complete the facts first so the breach can be triaged; missing: ${facts.missingFacts.join(', ')}`;
      if (!facts.decision) return 'Record your decision on notifying the authority and the people first';
      return null;
    case 'notified':
      if (facts.decision?.notifyAuthority && facts.notifications.authority === 0) {
        return 'Record the notification to the authority first (or record a decision that it need not be notified)';
      }
      return null;
    case 'closed':
      if (facts.decision?.notifySubjects && facts.notifications.subjects === 0) {
        return 'Your decision is to tell the people affected (Art. 34(1)): record that communication before closing';
      }
      if (facts.decision?.art34Exemption === 'c' && facts.notifications.public === 0) {
        return 'Art. 34(3)(c) replaces telling each person with a public communication: record it before closing';
      }
      return null;
    case 'open':
      return null;
  }
}

export function isOpen(status: BreachStatus): boolean {
  return MOVES[status].length > 0;
}
