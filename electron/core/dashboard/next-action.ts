import type { BreachSummary } from '../../shared/breaches';
import type { BreachNextAction, RequestGroupKey, RequestNextAction } from '../../shared/dashboard';
import type { RequestStatus } from '../../shared/requests';

/**
 * The next step on a request as a dashboard list sees it: a list about acknowledgements or
 * extension notices asks for that; otherwise the lifecycle decides (identity first where it
 * is still pending, then the response).
 */
export function requestNextAction(group: RequestGroupKey, status: RequestStatus, identityOutcome: string): RequestNextAction {
  if (group === 'acknowledgements') return 'acknowledge';
  if (group === 'extensionNotices') return 'extend';
  if (status === 'awaiting-identity') return 'verify-identity';
  if (status === 'received' && (identityOutcome === 'pending' || identityOutcome === 'failed')) return 'request-identity';
  return 'respond';
}

/**
 * The next step on a breach: complete the facts, decide, notify the authority, tell the
 * people, send the complete notification still owed after a preliminary one (Art. 33(4)),
 * then move its status on (assessed, notified, closed).
 */
export function breachNextAction(breach: Pick<BreachSummary, 'decision' | 'factsComplete' | 'notified' | 'subjectsNotified'>, completeOwed = false): BreachNextAction {
  if (!breach.decision) return breach.factsComplete ? 'decide' : 'complete-facts';
  if (breach.decision.notifyAuthority && !breach.notified) return 'notify-authority';
  if (breach.decision.notifySubjects && !breach.subjectsNotified) return 'notify-subjects';
  if (completeOwed) return 'complete-notification';
  return 'update-status';
}
