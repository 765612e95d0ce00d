import { describe, expect, it } from 'vitest';
import type { BreachRegisterFacts } from '../../../../../electron/shared/registers';
import { formFromDraft } from './facts-form-state';
import { formAwaitsRegister, prefillFromRegister, registerHasFacts } from './register-prefill';

const known = ['identity', 'contact', 'credentials', 'financial', 'health'] as const;
const facts: BreachRegisterFacts = { dataCategories: ['identity', 'health', 'unknown-key'], specialCategories: true, subjects: 2400, systems: [], processors: [], duties: [] };

describe('breach facts from the register', () => {
  it('starts an empty form from the activities’ categories and number of people', () => {
    const form = formFromDraft({});
    expect(formAwaitsRegister(form)).toBe(true);
    const filled = prefillFromRegister(form, facts, known);
    expect(filled.dataCategories).toEqual(['identity', 'health']);
    expect(filled.subjects).toBe('2400');
    expect(formAwaitsRegister(filled)).toBe(false);
  });

  it('keeps what the DPO entered: categories are added, a typed number of people stays', () => {
    const form = formFromDraft({ dataCategories: ['credentials'], subjects: 120 });
    const filled = prefillFromRegister(form, facts, known);
    expect(filled.dataCategories).toEqual(['identity', 'credentials', 'health']);
    expect(filled.subjects).toBe('120');
  });

  it('has nothing to offer when the activities name no category and no number', () => {
    expect(registerHasFacts({ ...facts, dataCategories: [], subjects: null })).toBe(false);
    expect(registerHasFacts(facts)).toBe(true);
  });
});
