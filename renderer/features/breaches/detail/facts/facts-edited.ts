import type { BreachFactsDraft } from '../../../../../electron/shared/breaches';
import { sameDraft } from './facts-form-state';

/**
 * Whether the facts form holds edits the DPO would lose by leaving the page, so leaving asks
 * first. The baseline is what the form opened with: the saved facts, or, when the register
 * filled an untouched form in automatically, those prefilled facts. The decision: prefilled
 * values are not the DPO's edits (they are offered again from the register whenever the page
 * opens), so they alone never ask; only a change the DPO makes does, including pressing
 * "Use the register's facts" by hand. A number of people that cannot be read is an edit too.
 * The "not saved" tag and the Save button still compare with the saved facts only, so a
 * prefilled form can be saved.
 */
export function factsEdited(draft: BreachFactsDraft, saved: BreachFactsDraft, prefilled: BreachFactsDraft | null, subjectsInvalid: boolean): boolean {
  if (subjectsInvalid) return true;
  if (sameDraft(draft, saved)) return false;
  return prefilled === null || !sameDraft(draft, prefilled);
}
