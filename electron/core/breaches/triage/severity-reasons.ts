import type { BreachFacts } from '../../../shared/breach-facts';
import { msg } from '../../i18n';
import { categoriesInWords } from './category-labels';
import { tierScores } from './enisa-dpc';
import type { SeverityAssessment } from './enisa-severity';
import type { Protections } from './protections';
import { reason, type ReasonList } from './reason-list';

/** The score in one sentence: the formula with its numbers, the band and what it means. */
export function explainSeveritySummary(severity: SeverityAssessment, reasons: ReasonList): void {
  const { score, level, dpc, ei, cb } = severity;
  reasons.add(
    'severity',
    reason('summary', { score, dpc: dpc.value, ei, cb: cb.total, level: [msg(`msg.triage.level.${level}`)], meaning: [msg(`msg.triage.band.${level}`)] }),
  );
}

/** One sentence for each term of the score: the data, the people, identification, the circumstances. */
export function explainSeverityDetails(facts: BreachFacts, severity: SeverityAssessment, protections: Protections, reasons: ReasonList): void {
  const { dpc } = severity;
  const unique = facts.dataCategories.filter((category, index, all) => all.indexOf(category) === index);
  const sameList = unique.length === dpc.decisive.length && unique.every((category, index) => dpc.decisive[index] === category);
  const tier = [msg(`msg.triage.tier.${dpc.tier}`)];
  reasons.add(
    'data-categories',
    sameList
      ? reason('dataSame', { involved: categoriesInWords(unique), tier, base: dpc.base })
      : reason('dataDecisive', { involved: categoriesInWords(unique), decisive: categoriesInWords(dpc.decisive), count: dpc.decisive.length, tier, base: dpc.base }),
  );
  if (dpc.credentialsScored) reasons.add('data-categories', reason('credentials', { dpc: tierScores.behavioural }));
  if (dpc.adjustment > 0) {
    reasons.add('vulnerable-subjects', dpc.value < dpc.base + dpc.adjustment ? reason('vulnerableMax') : reason('vulnerable', { dpc: dpc.value }));
  }
  for (const { factor, delta } of dpc.context) reasons.add('dpc-context', reason(`context.${factor}`, { delta }));
  if (dpc.context.length > 0) reasons.add('dpc-context', reason('contextStep', { dpc: dpc.value }));
  if (protections.unintelligible && severity.identifiability !== facts.identifiability) {
    reasons.add('unintelligible', reason('unintelligibleEi', { ei: severity.ei }));
  } else {
    reasons.add('identifiability', reason('identifiability', { level: [msg(`msg.triage.identifiability.${facts.identifiability}`)], ei: severity.ei }));
  }
  const { cb } = severity;
  if (facts.confidentiality === 'known-recipients') reasons.add('confidentiality', reason('confKnown', { cb: cb.confidentiality }));
  if (facts.confidentiality === 'unknown-recipients') reasons.add('confidentiality', reason('confUnknown', { cb: cb.confidentiality }));
  if (facts.confidentiality === 'public') reasons.add('confidentiality', reason('confPublic', { cb: cb.confidentiality }));
  if (facts.integrity === 'recoverable') reasons.add('integrity', reason('intRecoverable', { cb: cb.integrity }));
  if (facts.integrity === 'unrecoverable') reasons.add('integrity', reason('intUnrecoverable', { cb: cb.integrity }));
  if (facts.availability === 'hours' || facts.availability === 'days') {
    reasons.add('availability', reason('availTemporary', { period: [msg(`msg.triage.period.${facts.availability}`)], cb: cb.availability }));
  }
  if (facts.availability === 'permanent') reasons.add('availability', reason('availPermanent', { cb: cb.availability }));
  if (facts.maliciousIntent) reasons.add('malicious-intent', reason('malicious', { cb: cb.malicious }));
}
