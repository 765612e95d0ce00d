import type { BreachFacts, ConfidentialityLoss, DataCategory } from '../../../shared/breach-facts';
import { msg, type Message } from '../../i18n';
import { categoriesInWords } from './category-labels';
import { SEVERITY_BANDS, type SeverityAssessment } from './enisa-severity';
import type { Protections } from './protections';
import { chainMessage, reason, type ReasonList } from './reason-list';
import { isMaterial, residualImpact, type ResidualImpact } from './residual-impact';
import type { ReasonFactor, RiskLevel } from '../../../shared/triage-result';

/**
 * The Art. 33/34 GDPR risk, read the way the supervisory authorities read it in the EDPB's
 * Guidelines 01/2021 (18 worked cases) and WP250 (Annex B), with the ENISA severity as the
 * measure of impact where no specific factor decides:
 * 1. Unlikely to result in a risk when nothing lasting is left: no readable data reached an
 *    untrusted party (unintelligible data, a trusted recipient), nothing was lost or
 *    altered for good, availability came back within hours — unless the data concerns
 *    special categories or vulnerable people, for whom even hours count.
 * 2. High risk when any of the EDPB's high-risk factors meets a lasting effect: special
 *    categories, vulnerable people, large scale, malicious exfiltration, exposure to
 *    identity or financial fraud, misuse already observed.
 * 3. Otherwise by ENISA band: high and very high → high risk; medium → risk; low → risk
 *    when data stayed unavailable for days or was lost or altered for good (EDPB case 02),
 *    when readable data was taken deliberately (case 08), at large scale, or reached unknown
 *    people or the public, and unlikely when readable data reached a few identified people
 *    by mistake (cases 13, 16).
 */

/** From this many people a breach is large scale (none of the EDPB's cases below it turns on volume). */
export const LARGE_SCALE_SUBJECTS = 10_000;

/** Art. 9 and Art. 10 GDPR data. */
export const specialCategories: readonly DataCategory[] = [
  'health',
  'genetic',
  'biometric',
  'racial-ethnic',
  'political',
  'religious',
  'trade-union',
  'sex-life',
  'criminal',
];

/** Data that opens the door to identity theft or fraud. */
export const fraudProneCategories: readonly DataCategory[] = ['credentials', 'payment-card', 'government-id'];

function recipientsInWords(confidentiality: ConfidentialityLoss): Message[] {
  return [msg(`msg.triage.recipients.${confidentiality === 'public' ? 'public' : confidentiality === 'unknown-recipients' ? 'unknown' : 'unbound'}`)];
}

function lastingEffectInWords(facts: BreachFacts, impact: ResidualImpact): Message[] {
  const effects: Message[] = [];
  if (impact.confidentiality) effects.push(msg('msg.triage.effect.reached', { recipients: recipientsInWords(facts.confidentiality) }));
  if (impact.availability === 'lasting') effects.push(msg(facts.availability === 'permanent' ? 'msg.triage.effect.lost' : 'msg.triage.effect.unavailableDays'));
  if (impact.integrity) effects.push(msg('msg.triage.effect.altered'));
  return chainMessage(effects);
}

function explainProtections(facts: BreachFacts, protections: Protections, reasons: ReasonList): void {
  if (protections.unintelligible && facts.confidentiality !== 'none') {
    reasons.add('unintelligible', reason('unintelligible'));
  }
  if (protections.unintelligibleSetAside) {
    reasons.add('unintelligible', reason('unintelligibleSetAside', { why: [msg(`msg.triage.setAside.${protections.unintelligibleSetAside}`)] }));
  }
  if (protections.recipientTrusted) {
    reasons.add('recipient-trusted', reason('recipientTrusted'));
  }
  if (protections.recipientTrustedSetAside) {
    reasons.add('recipient-trusted', reason('recipientTrustedSetAside', { why: [msg(`msg.triage.setAside.${protections.recipientTrustedSetAside}`)] }));
  }
}

function noLastingEffect(facts: BreachFacts, impact: ResidualImpact, reasons: ReasonList): RiskLevel {
  const special = facts.dataCategories.filter((category) => specialCategories.includes(category));
  if (impact.availability === 'short' && (special.length > 0 || facts.vulnerableSubjects)) {
    const concerns = special.length > 0 ? categoriesInWords(special) : [msg('msg.triage.vulnerablePeople')];
    reasons.add('availability', reason('shortSensitive', { concerns }));
    return 'risk';
  }
  if (impact.availability === 'short') {
    reasons.add('availability', reason('shortOnly'));
  }
  reasons.add('no-lasting-effect', reason('noLastingEffect'));
  return 'unlikely';
}

/** Adds a reason for each high-risk factor that applies; true when at least one does. */
function highRiskFactors(facts: BreachFacts, severity: SeverityAssessment, impact: ResidualImpact, reasons: ReasonList): boolean {
  const identifiable = facts.identifiability !== 'negligible';
  const lasting = lastingEffectInWords(facts, impact);
  const special = facts.dataCategories.filter((category) => specialCategories.includes(category));
  const fraudProne = facts.dataCategories.filter((category) => fraudProneCategories.includes(category));
  const exfiltrated = facts.maliciousIntent && impact.confidentiality && (facts.confidentiality === 'unknown-recipients' || facts.confidentiality === 'public');
  const volumeCounts = impact.confidentiality || impact.integrity || facts.availability === 'permanent';
  const atLeastMedium = severity.score >= SEVERITY_BANDS.medium;
  const found: [ReasonFactor, Message][] = [];
  if (special.length > 0) {
    found.push(['special-categories', reason('special', { categories: categoriesInWords(special), lasting })]);
  }
  if (facts.vulnerableSubjects) {
    found.push(['vulnerable-subjects', reason('vulnerableHigh', { lasting })]);
  }
  if (fraudProne.length > 0 && impact.confidentiality) {
    found.push(['fraud-exposure', reason('fraud', { categories: categoriesInWords(fraudProne), recipients: recipientsInWords(facts.confidentiality) })]);
  }
  if (exfiltrated && atLeastMedium) {
    found.push(['malicious-exfiltration', reason('exfiltration')]);
  }
  if (facts.subjects >= LARGE_SCALE_SUBJECTS && volumeCounts && atLeastMedium) {
    found.push(['large-volume', reason('largeVolume', { people: facts.subjects, threshold: LARGE_SCALE_SUBJECTS })]);
  }
  if (!identifiable && found.length > 0) {
    reasons.add('identifiability', reason('notIdentifiable'));
    return false;
  }
  for (const [factor, sentence] of found) reasons.add(factor, sentence);
  return found.length > 0;
}

/** No high-risk factor applies: the ENISA band decides, with the EDPB's low-severity cases as the guide. */
function bySeverity(facts: BreachFacts, severity: SeverityAssessment, impact: ResidualImpact, reasons: ReasonList): RiskLevel {
  if (severity.score >= SEVERITY_BANDS.high) {
    reasons.add('severity', reason('severityHigh'));
    return 'high-risk';
  }
  if (severity.score >= SEVERITY_BANDS.medium) {
    reasons.add('severity', reason('severityMedium'));
    return 'risk';
  }
  if (impact.availability === 'lasting' || impact.integrity) {
    reasons.add(impact.integrity ? 'integrity' : 'availability', reason('lowLasting', { lasting: lastingEffectInWords(facts, { ...impact, confidentiality: false }) }));
    return 'risk';
  }
  if (facts.subjects >= LARGE_SCALE_SUBJECTS && facts.identifiability !== 'negligible') {
    reasons.add('large-volume', reason('lowLarge', { people: facts.subjects, threshold: LARGE_SCALE_SUBJECTS }));
    return 'risk';
  }
  // Only readable data disclosed to someone remains here.
  if (facts.maliciousIntent) {
    reasons.add('malicious-intent', reason('lowMalicious'));
    return 'risk';
  }
  if ((facts.confidentiality === 'public' || facts.confidentiality === 'unknown-recipients') && facts.identifiability !== 'negligible') {
    reasons.add('confidentiality', reason(facts.confidentiality === 'public' ? 'lowPublic' : 'lowUnknown'));
    return 'risk';
  }
  reasons.add('severity', reason('lowMistake'));
  return 'unlikely';
}

/**
 * Classifies the risk of a breach and adds the reasons that drove it to `reasons`.
 * `severity` must come from the same facts and protections.
 */
export function assessRisk(facts: BreachFacts, severity: SeverityAssessment, protections: Protections, reasons: ReasonList): RiskLevel {
  const impact = residualImpact(facts, protections);
  explainProtections(facts, protections, reasons);
  if (facts.misuseObserved) {
    reasons.add('misuse-observed', reason('misuse'));
    if (isMaterial(impact) && facts.identifiability !== 'negligible') highRiskFactors(facts, severity, impact, reasons);
    return 'high-risk';
  }
  if (!isMaterial(impact)) return noLastingEffect(facts, impact, reasons);
  const risk = highRiskFactors(facts, severity, impact, reasons) ? 'high-risk' : bySeverity(facts, severity, impact, reasons);
  if (risk === 'high-risk' && protections.unintelligible) {
    reasons.add('unintelligible', reason('art34NotSpared'));
  }
  return risk;
}
