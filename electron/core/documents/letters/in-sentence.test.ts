import { describe, expect, it } from 'vitest';
import { itemsInSentence } from './in-sentence';

describe('a typed list printed inside a sentence (review 7, G17)', () => {
  it('lower-cases the first letter of each item, keeping acronyms, inner capitals and names', () => {
    expect(itemsInSentence('Profilazione a fini di analisi commerciale', 'it')).toBe('profilazione a fini di analisi commerciale');
    expect(itemsInSentence('CRM marketing campaigns', 'en')).toBe('CRM marketing campaigns');
    expect(itemsInSentence('eBay listings', 'en')).toBe('eBay listings');
    expect(itemsInSentence('Google Analytics statistics', 'en')).toBe('Google Analytics statistics');
    expect(itemsInSentence('“Newsletter” mailings', 'en')).toBe('“newsletter” mailings');
  });

  it('reads lines or semicolons as a list joined as the language lists things', () => {
    expect(itemsInSentence('Sicurezza degli account\nPrevenzione delle frodi\n- Difesa in giudizio.', 'it')).toBe('sicurezza degli account, prevenzione delle frodi e difesa in giudizio');
    expect(itemsInSentence('Account security; Fraud prevention', 'en')).toBe('account security and fraud prevention');
    expect(itemsInSentence(' ; ', 'en')).toBe(' ; ');
  });
});
