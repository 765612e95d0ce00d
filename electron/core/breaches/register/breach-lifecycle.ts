import type { Art34Exemption, BreachStatus, NotificationRecipient } from '../../../shared/breaches';
import { msg, type Message } from '../../i18n';
import { factNames } from './breach-facts-state';

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
  /** The containment, remediation and other measures on the breach's timeline: the remedial action taken (Art. 33(5)). */
  measures: number;
}

/**
 * Why a move is refused, in words a DPO understands, or null when it is allowed:
 * - every move: a decision on record was taken against the current recommendation (when
 *   the facts changed the recommendation, the DPO decides again before going on);
 * - assessed: the facts are triaged and the DPO's decision is recorded;
 * - notified: the authority has been notified, or the DPO decided it need not be;
 * - closed: the people have been told when the decision says so, and a public communication
 *   is recorded when the Art. 34(3)(c) ground was used (the reason is checked by the schema),
 *   and the remedial action taken is recorded (Art. 33(5): the register "shall comprise ... the
 *   remedial action taken"), or, when none was needed, a measure saying why (review 4, D2).
 */
export function transitionProblem(facts: LifecycleFacts, to: BreachStatus): Message | null {
  const from = facts.status;
  const status = (value: BreachStatus) => msg(`msg.status.breach.${value}`);
  if (from === 'closed') return msg('msg.error.breach.move.closed', { to: [status(to)] });
  if (from === to) return msg('msg.error.breach.move.already', { to: [status(to)] });
  if (!MOVES[from].includes(to)) return msg('msg.error.breach.move.notNext', { from: [status(from)], to: [status(to)], next: MOVES[from].map(status) });
  if (facts.decision?.stale) return msg('msg.error.breach.move.stale');
  switch (to) {
    case 'assessed':
      if (!facts.triaged) return msg('msg.error.breach.move.missingFacts', { missing: factNames(facts.missingFacts) });
      if (!facts.decision) return msg('msg.error.breach.move.noDecision');
      return null;
    case 'notified':
      if (facts.decision?.notifyAuthority && facts.notifications.authority === 0) return msg('msg.error.breach.move.noAuthorityNotice');
      return null;
    case 'closed':
      if (facts.decision?.notifySubjects && facts.notifications.subjects === 0) return msg('msg.error.breach.move.noSubjectsNotice');
      if (facts.decision?.art34Exemption === 'c' && facts.notifications.public === 0) return msg('msg.error.breach.move.noPublicNotice');
      if (facts.measures === 0) return msg('msg.error.breach.move.noRemedialAction');
      return null;
    case 'open':
      return null;
  }
}

export function isOpen(status: BreachStatus): boolean {
  return MOVES[status].length > 0;
}
