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

  it('ignores repeated categories', () => {
    expect(scoreDpc(['health', 'health'], false).decisive).toEqual(['health']);
  });
});
