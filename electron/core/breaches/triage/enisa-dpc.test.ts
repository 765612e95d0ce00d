import { describe, expect, it } from 'vitest';
import { dataCategories, type DataCategory } from '../../../shared/breach-facts';
import { categoryTiers, scoreDpc } from './enisa-dpc';

describe('ENISA data processing context', () => {
  it('gives every category but credentials a tier', () => {
    const tiered = Object.keys(categoryTiers).sort();
    expect(tiered).toEqual(dataCategories.filter((category) => category !== 'credentials').sort());
  });

  it.each<[DataCategory, number]>([
    ['identity', 1],
    ['contact', 1],
    ['demographic', 1],
    ['employment', 1],
    ['education', 1],
    ['online-identifiers', 2],
    ['location', 2],
    ['communications', 2],
    ['behavioural', 2],
    ['financial', 3],
    ['payment-card', 3],
    ['government-id', 3],
    ['health', 4],
    ['genetic', 4],
    ['biometric', 4],
    ['racial-ethnic', 4],
    ['political', 4],
    ['religious', 4],
    ['trade-union', 4],
    ['sex-life', 4],
    ['criminal', 4],
  ])('scores %s alone at %i', (category, base) => {
    expect(scoreDpc([category], false)).toMatchObject({ base, value: base, adjustment: 0, decisive: [category] });
  });

  it('takes the most critical category and names all that share its score', () => {
    expect(scoreDpc(['contact', 'location', 'identity'], false)).toMatchObject({ tier: 'behavioural', base: 2, decisive: ['location'] });
    expect(scoreDpc(['government-id', 'identity', 'payment-card'], false)).toMatchObject({ tier: 'financial', base: 3, decisive: ['payment-card', 'government-id'] });
  });

  it('scores credentials by the data breached with them, at least behavioural', () => {
    expect(scoreDpc(['credentials'], false)).toMatchObject({ base: 2, decisive: ['credentials'], credentialsScored: true });
    expect(scoreDpc(['credentials', 'contact'], false)).toMatchObject({ base: 2, decisive: ['credentials'], credentialsScored: true });
    expect(scoreDpc(['credentials', 'financial'], false)).toMatchObject({ base: 3, decisive: ['credentials', 'financial'], credentialsScored: true });
    expect(scoreDpc(['health', 'credentials'], false)).toMatchObject({ base: 4, tier: 'sensitive' });
  });

  it('raises the score by one for vulnerable people, never above 4', () => {
    expect(scoreDpc(['identity'], true)).toMatchObject({ base: 1, adjustment: 1, value: 2 });
    expect(scoreDpc(['financial'], true)).toMatchObject({ base: 3, adjustment: 1, value: 4 });
    expect(scoreDpc(['health'], true)).toMatchObject({ base: 4, adjustment: 1, value: 4 });
  });

  // ENISA 2013, Annex A2 and its worked examples; one level per factor is our step.
  it.each<[string, Parameters<typeof scoreDpc>, number]>([
    ['customer list of a luxury-goods seller: a profile of wealth (simple 1 → 2)', [['identity', 'contact'], false, { profilingVolume: true }], 2],
    ['a year of call records: a detailed profile (behavioural 2 → 3)', [['communications'], false, { profilingVolume: true }], 3],
    ['only that a person is a bank customer: reveals less (financial 3 → 2)', [['financial'], false, { revealsLess: true }], 2],
    ['card numbers that expired years ago (financial 3 → 2)', [['payment-card'], false, { invalidData: true }], 2],
    ['invalid and revealing less: two levels (financial 3 → 1)', [['payment-card'], false, { invalidData: true, revealsLess: true }], 1],
    ['contact details already in a public directory stay at the floor (simple 1 → 1)', [['contact'], false, { dataAlreadyPublic: true }], 1],
    ['vulnerable people and a profile never exceed 4 (sensitive 4 → 4)', [['health'], true, { profilingVolume: true }], 4],
    ['factors that are false change nothing', [['financial'], false, { revealsLess: false, invalidData: false }], 3],
  ])('%s', (_label, args, value) => {
    const dpc = scoreDpc(...args);
    expect(dpc.value).toBe(value);
    const [, , facts = {}] = args;
    expect(dpc.context.map((c) => c.factor)).toEqual(Object.keys(facts).filter((k) => facts[k as keyof typeof facts] === true).sort((a, b) => ['profilingVolume', 'dataAlreadyPublic', 'revealsLess', 'invalidData'].indexOf(a) - ['profilingVolume', 'dataAlreadyPublic', 'revealsLess', 'invalidData'].indexOf(b)));
  });

  it('ignores repeated categories', () => {
    expect(scoreDpc(['health', 'health'], false).decisive).toEqual(['health']);
  });
});
