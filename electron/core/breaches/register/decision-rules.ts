import type { Art34Exemption } from '../../../shared/breaches';
import { fieldIssue, type KeyedIssue } from '../../errors';
import { msg } from '../../i18n';
import type { TriageResult } from '../triage';

export interface DecisionChoice {
  notifyAuthority: boolean;
  notifySubjects: boolean;
  art34Exemption: Art34Exemption | null;
}

/**
 * The one rule the law puts on the DPO's choice beyond giving reasons: when the breach is
 * likely to result in a high risk, the people must be told (Art. 34(1)) unless an Art. 34(3)
 * ground applies. So deciding not to tell them against a high-risk recommendation needs the
 * ground; a DPO who reads the risk differently corrects the facts, and the triage follows.
 * Deciding against the authority recommendation needs only the rationale (Art. 33(1) leaves
 * "unlikely to result in a risk" to the controller's documented judgement).
 */
export function decisionIssue(choice: DecisionChoice, recommendation: TriageResult): KeyedIssue | null {
  if (recommendation.notifySubjects && !choice.notifySubjects && choice.art34Exemption === null) {
    return fieldIssue('art34Exemption', msg('msg.error.breach.groundRequired'));
  }
  return null;
}

/** The decision says what the recommendation said, for the authority and the people alike. */
export function followsRecommendation(choice: Pick<DecisionChoice, 'notifyAuthority' | 'notifySubjects'>, recommendation: TriageResult): boolean {
  return choice.notifyAuthority === recommendation.notifyAuthority && choice.notifySubjects === recommendation.notifySubjects;
}

/**
 * The recommendation a decision was taken against no longer holds: the facts became
 * incomplete, or the risk, the severity band or what to notify changed. A new score within
 * the same band and outcome does not make a decision stale.
 */
export function recommendationChanged(decidedAgainst: TriageResult, current: TriageResult | null): boolean {
  if (current === null) return true;
  return (
    decidedAgainst.risk !== current.risk ||
    decidedAgainst.severity.level !== current.severity.level ||
    decidedAgainst.notifyAuthority !== current.notifyAuthority ||
    decidedAgainst.notifySubjects !== current.notifySubjects
  );
}
