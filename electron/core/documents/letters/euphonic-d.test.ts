import { describe, expect, it } from 'vitest';
import { addEuphonicD } from './euphonic-d';

describe('the euphonic d before a name that opens with the same vowel (eleventh review, L10)', () => {
  it('writes "ad" and "ed" before a name opening with A or E', () => {
    expect(addEuphonicD('gli altri diritti che l’art. 18 LGPD riconosce a Ana Souza.')).toBe('gli altri diritti che l’art. 18 LGPD riconosce ad Ana Souza.');
    expect(addEuphonicD('A Andrea Rossi scriviamo oggi.')).toBe('Ad Andrea Rossi scriviamo oggi.');
    expect(addEuphonicD('Paola Neri e Elena Bianchi.')).toBe('Paola Neri ed Elena Bianchi.');
    expect(addEuphonicD('comunicati a Àlvaro Pérez.')).toBe('comunicati ad Àlvaro Pérez.');
  });

  it('leaves other vowels, lower-case words, "a Lei", letters inside words and initials alone', () => {
    for (const text of ['riconosce a Lei', 'riconosce a Paola Neri', 'a Ugo e Olga', 'a agosto', 'e ecco', 'Casa Ana', 'Via E. Fermi, a A.', 'B e E', 'ad Anna']) {
      expect(addEuphonicD(text), text).toBe(text);
    }
  });

  it('is idempotent', () => {
    const once = addEuphonicD('riconosce a Ana e Elena');
    expect(once).toBe('riconosce ad Ana ed Elena');
    expect(addEuphonicD(once)).toBe(once);
  });
});
