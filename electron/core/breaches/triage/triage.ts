import { authorityDeadline } from '../../../shared/pure/breach-clock';
import type { BreachFacts } from '../../../shared/breach-facts';
import { competentAuthorities } from './authorities';
import { assessRisk } from './edpb-risk';
import { assessSeverity } from './enisa-severity';
import { parseBreachFacts } from './parse-breach-facts';
import { protectionsInForce } from './protections';
import { ReasonList } from './reason-list';
import { explainSeverityDetails, explainSeveritySummary } from './severity-reasons';
import type { TriageResult } from '../../../shared/triage-result';

/**
 * Triages a breach: the ENISA severity, the Art. 33/34 risk read as in the EDPB's
 * Guidelines 01/2021, what to notify and by when, and the reasons in a DPO's words — the
 * severity first, then the factors that decided the risk, then each term of the score.
 * Pure and deterministic: the same facts always give the same result, so the register can
 * store the recommendation beside the DPO's own decision and recompute it when facts change.
 */
export function triageBreach(facts: BreachFacts): TriageResult {
  const protections = protectionsInForce(facts);
  const severity = assessSeverity(facts, protections);
  const reasons = new ReasonList();
  explainSeveritySummary(severity, reasons);
  const risk = assessRisk(facts, severity, protections, reasons);
  explainSeverityDetails(facts, severity, protections, reasons);
  const authorities = competentAuthorities(facts);
  if (authorities.basis !== 'unknown' || facts.establishments.length > 0) reasons.add('competent-authority', authorities.reason);
  return {
    severity: { score: severity.score, level: severity.level },
    risk,
    notifyAuthority: risk !== 'unlikely',
    notifySubjects: risk === 'high-risk',
    authorityDeadline: authorityDeadline(facts.awareAt),
    authorities: authorities.authorities,
    authorityBasis: authorities.basis,
    reasons: reasons.toArray(),
  };
}

/**
 * Parses untrusted facts and triages them.
 * @throws AppError VALIDATION naming the first bad field (see `parseBreachFacts`).
 */
export function triageBreachFacts(input: unknown): TriageResult {
  return triageBreach(parseBreachFacts(input));
}
