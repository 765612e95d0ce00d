import { describe, expect, it } from 'vitest';
import { loadLabels } from '../letters/template-files';
import { requestTypesPhrase } from './request-types-phrase';

const CCPA = ['know', 'delete', 'correct', 'opt-out', 'limit'] as const;

/** Every non-empty combination of the CCPA types, in every order the request may list them. */
function combinations(): string[][] {
  const all: string[][] = [];
  for (let mask = 1; mask < 1 << CCPA.length; mask++) all.push(CCPA.filter((_, i) => mask & (1 << i)).reverse());
  return all;
}

describe('the subject of a CCPA letter (review 4, D21)', () => {
  const labels = loadLabels();

  it('names two rights on the same data as parallel noun phrases, the data once', () => {
    expect(requestTypesPhrase(['delete', 'know'], 'it', labels)).toBe('la conoscenza e la cancellazione dei Suoi dati personali');
    expect(requestTypesPhrase(['delete', 'know'], 'en', labels)).toBe('the disclosure and deletion of your personal information');
    expect(requestTypesPhrase(['know'], 'it', labels)).toBe('la conoscenza dei Suoi dati personali');
    expect(requestTypesPhrase(['opt-out', 'know'], 'it', labels)).toBe('la conoscenza dei Suoi dati personali e l’opposizione alla vendita o condivisione dei Suoi dati personali');
    expect(requestTypesPhrase(CCPA, 'en', labels)).toBe(
      'the disclosure, deletion, and correction of your personal information, the opt-out of the sale or sharing of your personal information, and the limitation of the use of your sensitive personal information',
    );
  });

  it('for every combination of CCPA types: each item a noun phrase with its article, no "right to", no bare noun', () => {
    for (const types of combinations()) {
      const it_ = requestTypesPhrase(types, 'it', labels) ?? '';
      const en = requestTypesPhrase(types, 'en', labels) ?? '';
      // Italian: every item of the list opens with its article; English: every group with "the".
      for (const item of it_.split(/, | e (?=l[a’])/)) expect(item, `${types.join('+')}: ${it_}`).toMatch(/^(la |l’)/);
      for (const group of en.split(/, (?:and )?(?=the )/)) expect(group, `${types.join('+')}: ${en}`).toMatch(/^the /);
      for (const text of [it_, en]) expect(text, types.join('+')).not.toMatch(/diritto|right to|opting|limiting/);
      // Each type named once, in the order the catalogue lists them.
      expect(it_.match(/la conoscenza|la cancellazione|la rettifica|l’opposizione|la limitazione/g)).toEqual(CCPA.filter((t) => types.includes(t)).map((t) => ({ know: 'la conoscenza', delete: 'la cancellazione', correct: 'la rettifica', 'opt-out': 'l’opposizione', limit: 'la limitazione' })[t]));
    }
  });

  it('leaves types without a phrase to be listed by name', () => {
    expect(requestTypesPhrase(['access', 'erasure'], 'en', labels)).toBeNull();
    expect(requestTypesPhrase([], 'it', labels)).toBeNull();
  });
});
