import { describe, expect, it } from 'vitest';
import type { BreachRegisterFacts } from '../../../../../electron/shared/registers';
import { factsEdited } from './facts-edited';
import { draftFromForm, formFromDraft, parseSubjects } from './facts-form-state';
import { prefillFromRegister } from './register-prefill';

const known = ['identity', 'contact', 'credentials', 'financial', 'health'] as const;
const register: BreachRegisterFacts = { dataCategories: ['identity', 'health'], specialCategories: true, subjects: 2400, systems: [], processors: [], duties: [] };

describe('leaving the breach facts form', () => {
  const saved = {};
  const prefilledForm = prefillFromRegister(formFromDraft(saved), register, known);
  const prefilled = draftFromForm(prefilledForm);

  it('does not ask when the form holds only what the register filled in', () => {
    expect(factsEdited(prefilled, saved, prefilled, false)).toBe(false);
  });

  it('asks once the DPO changes a prefilled value or adds a fact', () => {
    const typed = draftFromForm({ ...prefilledForm, subjects: '2500' });
    expect(factsEdited(typed, saved, prefilled, false)).toBe(true);
    const added = draftFromForm({ ...prefilledForm, confidentiality: 'unknown-recipients' });
    expect(factsEdited(added, saved, prefilled, false)).toBe(true);
  });

  it('asks when the DPO pressed "use the register" by hand (no automatic prefill happened)', () => {
    expect(factsEdited(prefilled, saved, null, false)).toBe(true);
  });

  it('does not ask when the form matches the saved facts, nor after the prefilled facts are saved', () => {
    expect(factsEdited(draftFromForm(formFromDraft(saved)), saved, null, false)).toBe(false);
    expect(factsEdited(prefilled, prefilled, prefilled, false)).toBe(false);
  });

  it('asks when the number of people cannot be read', () => {
    const form = { ...prefilledForm, subjects: 'about forty' };
    expect(parseSubjects(form.subjects)).toBe('invalid');
    expect(factsEdited(draftFromForm(form), saved, prefilled, true)).toBe(true);
  });
});
