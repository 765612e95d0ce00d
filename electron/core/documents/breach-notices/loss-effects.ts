import type { BreachFactsDraft } from '../../../shared/breaches';
import type { BreachLabels } from './breach-labels-schema';

/** A loss the register records, in the letter's words, and the consequence for the people it could mean. */
export interface LossEffect {
  /** "Yes: data unavailable for days". */
  loss: string;
  /** "temporary loss of access to the service and to the data". */
  effect: string;
}

/**
 * The losses of availability and integrity the triage facts record, each with the consequence
 * it could have for the people. The fact says what happened to the data (a processor's mailing
 * database unavailable for days), not that the people lose access to the service or suffer
 * decisions on wrong data: a notice states that consequence only when the DPO confirms it for
 * these people (Art. 33(3)(c), Art. 34(2) GDPR; review 4, D40).
 */
export function lossEffects(draft: BreachFactsDraft, labels: BreachLabels, language: 'en' | 'it'): LossEffect[] {
  const effects: LossEffect[] = [];
  if (draft.availability && draft.availability !== 'none') effects.push({ loss: labels.availability[draft.availability][language], effect: labels.phrases.availabilityConsequence[language] });
  if (draft.integrity && draft.integrity !== 'none') effects.push({ loss: labels.integrity[draft.integrity][language], effect: labels.phrases.integrityConsequence[language] });
  return effects;
}
