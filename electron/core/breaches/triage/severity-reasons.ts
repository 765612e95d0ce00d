import type { BreachFacts } from '../../../shared/breach-facts';
import { categoriesInWords } from './category-labels';
import { tierScores } from './enisa-dpc';
import type { SeverityAssessment } from './enisa-severity';
import type { Protections } from './protections';
import { formatScore, type ReasonList } from './reason-list';
import type { SeverityLevel } from '../../../shared/triage-result';

/** What each ENISA band means for the people, paraphrasing ENISA's descriptions. */
export const bandMeanings: Record<SeverityLevel, string> = {
  low: 'people will not be affected, or will meet a few inconveniences they overcome without any problem',
  medium: 'people may meet significant inconveniences, which they overcome despite a few difficulties',
  high: 'people may suffer significant consequences, which they should overcome, albeit with serious difficulties',
  'very-high': 'people may suffer significant or even irreversible consequences, which they may not overcome',
};

const levelWords: Record<SeverityLevel, string> = { low: 'low', medium: 'medium', high: 'high', 'very-high': 'very high' };

/** The score in one sentence: the formula with its numbers, the band and what it means. */
export function explainSeveritySummary(severity: SeverityAssessment, reasons: ReasonList): void {
  const { score, level, dpc, ei, cb } = severity;
  reasons.add(
    'severity',
    `ENISA severity ${formatScore(score)} = DPC ${dpc.value} × EI ${ei} + CB ${cb.total}: ${levelWords[level]}, meaning ${bandMeanings[level]}.`,
  );
}

/** One sentence for each term of the score: the data, the people, identification, the circumstances. */
export function explainSeverityDetails(facts: BreachFacts, severity: SeverityAssessment, protections: Protections, reasons: ReasonList): void {
  const { dpc } = severity;
  const involved = categoriesInWords(facts.dataCategories.filter((category, index, all) => all.indexOf(category) === index));
  const decisive = categoriesInWords(dpc.decisive);
  reasons.add(
    'data-categories',
    involved === decisive
      ? `Data involved: ${involved}, which ENISA counts as ${dpc.tier} data (DPC ${dpc.base}).`
      : `Data involved: ${involved}. The most critical, ${decisive}, ${dpc.decisive.length > 1 ? 'are' : 'is'} ENISA ${dpc.tier} data (DPC ${dpc.base}).`,
  );
  if (dpc.credentialsScored) {
    reasons.add(
      'data-categories',
      `Login credentials count for what they unlock (ENISA): here the data breached with them, and at least behavioural data (DPC ${tierScores.behavioural}).`,
    );
  }
  if (dpc.adjustment > 0) {
    reasons.add(
      'vulnerable-subjects',
      dpc.value < dpc.base + dpc.adjustment
        ? 'ENISA would raise the DPC by 1 for vulnerable people; it is already at its maximum of 4.'
        : `ENISA raises the DPC by 1 for vulnerable people (DPC ${dpc.value}).`,
    );
  }
  if (protections.unintelligible && severity.identifiability !== facts.identifiability) {
    reasons.add('unintelligible', `Only ciphertext or hashes were disclosed, so the ease of identification is scored negligible (EI ${severity.ei}).`);
  } else {
    reasons.add('identifiability', `Ease of identification: ${facts.identifiability} (EI ${severity.ei}).`);
  }
  const { cb } = severity;
  if (facts.confidentiality === 'known-recipients') reasons.add('confidentiality', `Disclosed to known recipients (CB +${cb.confidentiality}).`);
  if (facts.confidentiality === 'unknown-recipients') reasons.add('confidentiality', `Exposed to an unknown number of recipients (CB +${cb.confidentiality}).`);
  if (facts.confidentiality === 'public') reasons.add('confidentiality', `Made public (CB +${cb.confidentiality}).`);
  if (facts.integrity === 'recoverable') reasons.add('integrity', `Altered, but the original can be restored (CB +${cb.integrity}).`);
  if (facts.integrity === 'unrecoverable') reasons.add('integrity', `Altered beyond recovery (CB +${cb.integrity}).`);
  if (facts.availability === 'hours' || facts.availability === 'days') {
    reasons.add('availability', `Unavailable for ${facts.availability}: a temporary loss (CB +${cb.availability}).`);
  }
  if (facts.availability === 'permanent') reasons.add('availability', `Lost for good (CB +${cb.availability}).`);
  if (facts.maliciousIntent) reasons.add('malicious-intent', `Caused deliberately: theft, attack or misuse (CB +${cb.malicious}).`);
}
