import type { BreachFacts, ConfidentialityLoss, DataCategory } from '../../../shared/breach-facts';
import { categoriesInWords } from './category-labels';
import { SEVERITY_BANDS, type SeverityAssessment } from './enisa-severity';
import type { Protections } from './protections';
import { formatCount, type ReasonList } from './reason-list';
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

function recipientsInWords(confidentiality: ConfidentialityLoss): string {
  if (confidentiality === 'public') return 'the public';
  if (confidentiality === 'unknown-recipients') return 'unknown recipients';
  return 'recipients not bound to keep it confidential';
}

function lastingEffectInWords(facts: BreachFacts, impact: ResidualImpact): string {
  const effects: string[] = [];
  if (impact.confidentiality) effects.push(`reached ${recipientsInWords(facts.confidentiality)}`);
  if (impact.availability === 'lasting') effects.push(facts.availability === 'permanent' ? 'was lost' : 'was unavailable for days');
  if (impact.integrity) effects.push('was altered beyond recovery');
  return effects.join(' and ');
}

function explainProtections(facts: BreachFacts, protections: Protections, reasons: ReasonList): void {
  if (protections.unintelligible && facts.confidentiality !== 'none') {
    reasons.add(
      'unintelligible',
      'The data was unintelligible to anyone unauthorised (state-of-the-art encryption or hashing, key or salt safe), so its disclosure does not put people at risk while the key stays safe; it is also the Art. 34(3)(a) ground for not telling them (EDPB 01/2021 cases 06, 10).',
    );
  }
  if (protections.unintelligibleSetAside) {
    reasons.add('unintelligible', `The data is said to be unintelligible, but ${protections.unintelligibleSetAside}: it is treated as readable.`);
  }
  if (protections.recipientTrusted) {
    reasons.add(
      'recipient-trusted',
      'The only recipients are known, bound by confidentiality and confirmed deletion or return: the disclosure is unlikely to harm anyone (EDPB 01/2021 case 09).',
    );
  }
  if (protections.recipientTrustedSetAside) {
    reasons.add('recipient-trusted', `The recipient is said to be trusted, but ${protections.recipientTrustedSetAside}: the disclosure is weighed like any other.`);
  }
}

function noLastingEffect(facts: BreachFacts, impact: ResidualImpact, reasons: ReasonList): RiskLevel {
  const special = facts.dataCategories.filter((category) => specialCategories.includes(category));
  if (impact.availability === 'short' && (special.length > 0 || facts.vulnerableSubjects)) {
    const concerns = special.length > 0 ? categoriesInWords(special) : 'vulnerable people';
    reasons.add(
      'availability',
      `The data was unavailable for hours only, but it concerns ${concerns}: even a short outage can delay care or support, so notify the authority, and tell the people if anyone was affected (WP250 Annex B; EDPB 01/2021 case 03).`,
    );
    return 'risk';
  }
  if (impact.availability === 'short') {
    reasons.add('availability', 'The data was unavailable for hours only and then restored: no lasting effect on people (EDPB 01/2021 case 01).');
  }
  reasons.add(
    'no-lasting-effect',
    'No readable data reached an untrusted party, nothing was lost or altered for good and nothing stayed unavailable for long: the breach is unlikely to result in a risk to people. Record it in the breach register (Art. 33(5)); no notification is needed (Art. 33(1)).',
  );
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
  const found: [ReasonFactor, string][] = [];
  if (special.length > 0) {
    found.push(['special-categories', `Special-category data (${categoriesInWords(special)}) ${lasting}: a breach of such data is likely to result in a high risk (Art. 9 GDPR; EDPB 01/2021 cases 03, 12).`]);
  }
  if (facts.vulnerableSubjects) {
    found.push(['vulnerable-subjects', `The data of vulnerable people (children, patients, people in a dependent position) ${lasting}: a high risk (EDPB 01/2021 cases 03, 12).`]);
  }
  if (fraudProne.length > 0 && impact.confidentiality) {
    found.push(['fraud-exposure', `${capitalise(categoriesInWords(fraudProne))} reached ${recipientsInWords(facts.confidentiality)}: people are exposed to identity theft or fraud, a high risk, and telling them lets them protect themselves (EDPB 01/2021 cases 04, 07, 14).`]);
  }
  if (exfiltrated && atLeastMedium) {
    found.push(['malicious-exfiltration', 'Readable data was taken deliberately by unknown parties: it is likely to be used against the people, a high risk (EDPB 01/2021 cases 04, 05, 11).']);
  }
  if (facts.subjects >= LARGE_SCALE_SUBJECTS && volumeCounts && atLeastMedium) {
    found.push(['large-volume', `About ${formatCount(facts.subjects)} people are affected (large scale by DPO Desk's own threshold of ${formatCount(LARGE_SCALE_SUBJECTS)} or more; the EDPB sets no number): a high risk (EDPB 01/2021 cases 07, 11, 14).`]);
  }
  if (!identifiable && found.length > 0) {
    reasons.add('identifiability', 'People can hardly be identified from this data (negligible ease of identification), so the EDPB high-risk factors are not applied on their own; the ENISA severity decides.');
    return false;
  }
  for (const [factor, text] of found) reasons.add(factor, text);
  return found.length > 0;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** No high-risk factor applies: the ENISA band decides, with the EDPB's low-severity cases as the guide. */
function bySeverity(facts: BreachFacts, severity: SeverityAssessment, impact: ResidualImpact, reasons: ReasonList): RiskLevel {
  if (severity.score >= SEVERITY_BANDS.high) {
    reasons.add('severity', 'At this severity people may face significant consequences: the breach is likely to result in a high risk.');
    return 'high-risk';
  }
  if (severity.score >= SEVERITY_BANDS.medium) {
    reasons.add('severity', 'At this severity the breach is likely to result in a risk, though not a high one: notify the authority.');
    return 'risk';
  }
  if (impact.availability === 'lasting' || impact.integrity) {
    reasons.add(
      impact.integrity ? 'integrity' : 'availability',
      `The severity is low, but the data ${lastingEffectInWords(facts, { ...impact, confidentiality: false })}: people may feel the effect, so it is a risk to notify (EDPB 01/2021 case 02; WP250 Annex B).`,
    );
    return 'risk';
  }
  if (facts.subjects >= LARGE_SCALE_SUBJECTS && facts.identifiability !== 'negligible') {
    reasons.add('large-volume', `About ${formatCount(facts.subjects)} people are affected (large scale by DPO Desk's own threshold of ${formatCount(LARGE_SCALE_SUBJECTS)}; the guidance sets no number): notify the authority even though the severity is low (WP250 Annex B).`);
    return 'risk';
  }
  // Only readable data disclosed to someone remains here.
  if (facts.maliciousIntent) {
    reasons.add('malicious-intent', 'The severity is low, but the data was taken or disclosed deliberately: whoever has it means to use it, so it is a risk to notify (EDPB 01/2021 case 08).');
    return 'risk';
  }
  if ((facts.confidentiality === 'public' || facts.confidentiality === 'unknown-recipients') && facts.identifiability !== 'negligible') {
    reasons.add(
      'confidentiality',
      facts.confidentiality === 'public'
        ? 'The severity is low, but readable data was made public: nobody can say who has it or retrieve it, so it is a risk to notify (WP250; EDPB 01/2021 §§ 2.1, 2.5).'
        : 'The severity is low, but readable data reached an unknown number of people: nobody can say who has it, so it is a risk to notify (WP250; EDPB 01/2021 § 2.1).',
    );
    return 'risk';
  }
  reasons.add(
    'severity',
    'A low severity caused by mistake: the breach is unlikely to result in a risk (EDPB 01/2021 cases 13, 16). Record it in the breach register (Art. 33(5)); no notification is needed (Art. 33(1)).',
  );
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
    reasons.add('misuse-observed', 'The data has already been used against people: the harm is happening, a high risk (Art. 34(1)).');
    if (isMaterial(impact) && facts.identifiability !== 'negligible') highRiskFactors(facts, severity, impact, reasons);
    return 'high-risk';
  }
  if (!isMaterial(impact)) return noLastingEffect(facts, impact, reasons);
  const risk = highRiskFactors(facts, severity, impact, reasons) ? 'high-risk' : bySeverity(facts, severity, impact, reasons);
  if (risk === 'high-risk' && protections.unintelligible) {
    reasons.add(
      'unintelligible',
      'Art. 34(3)(a) does not spare telling the people here: encryption protects against disclosure, while this high risk comes from the data being lost, altered or unavailable.',
    );
  }
  return risk;
}
