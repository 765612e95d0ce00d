import type { JsonValue } from '../../audit/canonical-json';
import type { EvaluatedFacts } from './breach-facts-state';

/**
 * The triage as an audit event records it: the outcome and the names of missing facts,
 * never the reasons' prose (it is derived, and recomputable from the facts).
 */
export function triageFacts(evaluated: EvaluatedFacts): Record<string, JsonValue> {
  const triage = evaluated.triage;
  if (!triage) return { factsComplete: false, missingFacts: evaluated.missing };
  return {
    factsComplete: true,
    severity: { score: triage.severity.score, level: triage.severity.level },
    risk: triage.risk,
    recommendation: { notifyAuthority: triage.notifyAuthority, notifySubjects: triage.notifySubjects },
  };
}
