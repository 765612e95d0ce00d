import type { BreachDetail, BreachStatus } from '../../../../electron/shared/breaches';
import type { Message } from '../../../../electron/shared/pure/i18n/message';

/**
 * Why a step is not possible yet, as a translation key and its values, read from the same
 * facts the back end judged by; `api` keeps the back end's own words when no key fits.
 */
export type Blocker =
  | { key: 'stale' }
  | { key: 'missingFacts'; fields: string[] }
  | { key: 'noDecision' }
  | { key: 'noAuthorityNotice' }
  | { key: 'noSubjectsNotice' }
  | { key: 'noPublicNotice' }
  | { key: 'api'; text: Message };

type Facts = Pick<BreachDetail, 'decision' | 'triage' | 'facts' | 'notifications'>;

export function transitionBlocker(detail: Facts, to: BreachStatus, problem: Message | null): Blocker | null {
  if (problem === null) return null;
  const count = (recipient: 'authority' | 'subjects' | 'public') => detail.notifications.filter((n) => n.recipient === recipient).length;
  if (detail.decision?.stale) return { key: 'stale' };
  if (to === 'assessed' && detail.triage === null) return { key: 'missingFacts', fields: detail.facts.missing };
  if (to === 'assessed' && detail.decision === null) return { key: 'noDecision' };
  if (to === 'notified' && detail.decision?.notifyAuthority && count('authority') === 0) return { key: 'noAuthorityNotice' };
  if (to === 'closed' && detail.decision?.notifySubjects && count('subjects') === 0) return { key: 'noSubjectsNotice' };
  if (to === 'closed' && detail.decision?.art34Exemption === 'c' && count('public') === 0) return { key: 'noPublicNotice' };
  return { key: 'api', text: problem };
}
