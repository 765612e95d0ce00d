import type { BreachRegisterFacts } from '../../../../../electron/shared/registers';
import type { DataCategory, FactsForm } from './facts-form-state';

/** Whether the register has anything to start the facts from. */
export function registerHasFacts(facts: BreachRegisterFacts): boolean {
  return facts.dataCategories.length > 0 || facts.subjects !== null;
}

/** Whether the form still lacks what the register offers: no category ticked and no number of people typed. */
export function formAwaitsRegister(form: FactsForm): boolean {
  return form.dataCategories.length === 0 && form.subjects.trim() === '';
}

/**
 * The facts form started from the register: the activities' categories added to those ticked
 * (only the triage's own categories), and their number of people where none is typed. What
 * the DPO entered stays; everything stays editable before "Save facts".
 */
export function prefillFromRegister(form: FactsForm, facts: BreachRegisterFacts, known: readonly DataCategory[]): FactsForm {
  const categories = known.filter((c) => form.dataCategories.includes(c) || facts.dataCategories.includes(c));
  const subjects = form.subjects.trim() === '' && facts.subjects !== null ? String(facts.subjects) : form.subjects;
  return { ...form, dataCategories: categories, subjects };
}
