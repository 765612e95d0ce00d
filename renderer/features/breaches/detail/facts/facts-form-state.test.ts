import { describe, expect, it } from 'vitest';
import { groupCategories } from './category-groups';
import { draftFromForm, formFromDraft, parseSubjects, sameDraft } from './facts-form-state';

describe('facts form', () => {
  it('starts from the draft as entered, leaving the unanswered facts empty', () => {
    const form = formFromDraft({ confidentiality: 'unknown-recipients', subjects: 1200, maliciousIntent: true });
    expect(form.confidentiality).toBe('unknown-recipients');
    expect(form.integrity).toBe('');
    expect(form.maliciousIntent).toBe(true);
    expect(form.vulnerableSubjects).toBeNull();
    expect(form.subjects).toBe('1200');
    expect(draftFromForm(form)).toEqual({ confidentiality: 'unknown-recipients', subjects: 1200, maliciousIntent: true });
  });

  it('sends only what was answered, false included', () => {
    const form = { ...formFromDraft({}), unintelligible: false, dataCategories: ['contact' as const], subjects: 'many' };
    expect(draftFromForm(form)).toEqual({ unintelligible: false, dataCategories: ['contact'] });
  });

  it('reads the number of people with group separators, and refuses anything but a whole number from 1', () => {
    expect(parseSubjects('1,200')).toBe(1200);
    expect(parseSubjects('1.200')).toBe(1200);
    expect(parseSubjects(' 12 000 ')).toBe(12000);
    expect(parseSubjects('')).toBeNull();
    expect(parseSubjects('0')).toBe('invalid');
    expect(parseSubjects('-3')).toBe('invalid');
    expect(parseSubjects('about 50')).toBe('invalid');
    expect(parseSubjects('1,5')).toBe('invalid');
  });

  it('compares drafts regardless of category order and of awareAt', () => {
    expect(sameDraft({ dataCategories: ['contact', 'payment-card'], awareAt: '2026-03-27T10:00:00+01:00' }, { dataCategories: ['payment-card', 'contact'] })).toBe(true);
    expect(sameDraft({ subjects: 2 }, { subjects: 3 })).toBe(false);
    expect(sameDraft({}, { unintelligible: false })).toBe(false);
  });
});

describe('ENISA context facts', () => {
  it('sends only the context factors that were answered', () => {
    const form = formFromDraft({ revealsLess: true });
    expect(form.context).toEqual({ profilingVolume: null, dataAlreadyPublic: null, revealsLess: true, invalidData: null });
    expect(draftFromForm({ ...form, context: { ...form.context, invalidData: false } })).toEqual({ revealsLess: true, invalidData: false });
  });
});

describe('where facts (the authorities to notify)', () => {
  it('sends the establishments and the countries affected, and the main establishment only when there are several', () => {
    const one = { ...formFromDraft({}), establishments: ['IT' as const], mainEstablishment: 'IT' as const, affectedCountries: ['IT' as const, 'FR' as const] };
    expect(draftFromForm(one)).toEqual({ establishments: ['IT'], affectedCountries: ['IT', 'FR'] });
    const two = { ...one, establishments: ['IT' as const, 'DE' as const] };
    expect(draftFromForm(two)).toEqual({ establishments: ['IT', 'DE'], mainEstablishment: 'IT', affectedCountries: ['IT', 'FR'] });
    expect(formFromDraft({ establishments: ['IT', 'DE'], mainEstablishment: 'DE' }).mainEstablishment).toBe('DE');
  });

  it('compares countries regardless of order', () => {
    expect(sameDraft({ affectedCountries: ['IT', 'FR'] }, { affectedCountries: ['FR', 'IT'] })).toBe(true);
    expect(sameDraft({ establishments: ['IT'] }, { establishments: ['DE'] })).toBe(false);
  });
});

describe('category groups', () => {
  it('puts the special categories of Art. 9 and 10 apart from ordinary and financial data', () => {
    const groups = groupCategories(['identity', 'contact', 'payment-card', 'credentials', 'health', 'criminal']);
    expect(groups).toEqual({ ordinary: ['identity', 'contact'], financial: ['payment-card', 'credentials'], special: ['health', 'criminal'] });
  });
});
