import type { BreachRow } from '../../../../db/schema';
import type { Art34Exemption, NotificationRecipient } from '../../../shared/breaches';
import type { TriageResult } from '../triage';
import { missingFacts } from './breach-facts-state';
import type { LifecycleFacts } from './breach-lifecycle';
import { decisionFlags } from './breach-summary';
import { recommendationChanged } from './decision-rules';
import { readJson, readJsonOrNull } from './json-columns';
import type { RecordedNotice } from './notification-rules';

/** The stored recommendation a decision was taken against, and whether it still holds. */
export function decisionStale(row: Pick<BreachRow, 'decision_recommendation' | 'triage'>): boolean {
  const decidedAgainst = readJsonOrNull<TriageResult>(row.decision_recommendation);
  return decidedAgainst !== null && recommendationChanged(decidedAgainst, readJsonOrNull<TriageResult>(row.triage));
}

/** What the lifecycle rules need to know about a breach, read from its row, notices and how many measures its timeline holds. */
export function lifecycleFactsOf(row: BreachRow, notices: readonly RecordedNotice[], measures: number): LifecycleFacts {
  const flags = decisionFlags(row);
  const count = (recipient: NotificationRecipient) => notices.filter((n) => n.recipient === recipient).length;
  return {
    status: row.status,
    triaged: row.triage !== null,
    missingFacts: missingFacts(readJson(row.facts_draft)),
    decision: flags && { ...flags, art34Exemption: row.art34_exemption as Art34Exemption | null, stale: decisionStale(row) },
    notifications: { authority: count('authority'), subjects: count('subjects'), public: count('public') },
    measures,
  };
}
