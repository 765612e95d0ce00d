import { describe, expect, it } from 'vitest';
import { pluraliseArticlePairs } from './plural-articles';

describe('two articles of one act cited together, in Italian (review 5, E21)', () => {
  it('takes the plural, with its preposition or article', () => {
    expect(pluraliseArticlePairs('nel termine di un mese previsto dall’art. 12, par. 3, e art. 12A UK GDPR.')).toBe('nel termine di un mese previsto dagli artt. 12, par. 3, e 12A UK GDPR.');
    expect(pluraliseArticlePairs('(art. 12, par. 3, e art. 12A UK GDPR)')).toBe('(artt. 12, par. 3, e 12A UK GDPR)');
    expect(pluraliseArticlePairs('L’art. 21, par. 3, e art. 7, par. 3, GDPR')).toBe('Gli artt. 21, par. 3, e 7, par. 3, GDPR');
    expect(pluraliseArticlePairs('ai sensi dell’art. 15 e art. 20 GDPR')).toBe('ai sensi degli artt. 15 e 20 GDPR');
  });

  it('leaves one article, or articles of two acts, alone', () => {
    for (const text of ['dall’art. 12, par. 3, GDPR', 'art. 6, par. 1, GDPR e art. 2-ter del Codice', 'gli artt. 12, par. 3, e 12A UK GDPR']) {
      expect(pluraliseArticlePairs(text)).toBe(text);
    }
  });
});
