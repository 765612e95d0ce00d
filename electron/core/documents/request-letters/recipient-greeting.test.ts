import { describe, expect, it } from 'vitest';
import { isCompanyName, nameWithoutItalianTitle, recipientGreeting } from './recipient-greeting';

describe('the salutation of a request letter (review 7, G18)', () => {
  it('never puts an Italian title in an English salutation, and keeps it in Italian', () => {
    expect(recipientGreeting('Avv. Carlo Bassi', 'en')).toEqual({ greeting: 'Dear Carlo Bassi', closing: 'Yours sincerely,' });
    expect(recipientGreeting('Avv. Carlo Bassi', 'it')).toEqual({ greeting: 'Gentile Avv. Carlo Bassi', closing: 'Cordiali saluti,' });
    expect(nameWithoutItalianTitle('Dott.ssa Anna Riva')).toBe('Anna Riva');
    expect(nameWithoutItalianTitle('Prof. Ing. Marco Villa')).toBe('Marco Villa');
    // A name that only looks like a title stays whole.
    expect(nameWithoutItalianTitle('Ingrid Avvisati')).toBe('Ingrid Avvisati');
  });

  it('greets a company agent "Dear Sir or Madam," and closes "Yours faithfully,"; "Spettabile" in Italian', () => {
    expect(recipientGreeting('Rights Agency Ltd', 'en')).toEqual({ greeting: 'Dear Sir or Madam', closing: 'Yours faithfully,' });
    expect(recipientGreeting('Rights Agency Ltd', 'it')).toEqual({ greeting: 'Spettabile Rights Agency Ltd', closing: 'Distinti saluti,' });
    for (const company of ['Tutela Dati S.r.l.', 'Privacy Partners Srl', 'Studio Legale Rossi', 'Acme Inc.', 'Datenschutz GmbH']) expect(isCompanyName(company), company).toBe(true);
    for (const person of ['Giulia Bianchi', 'Carlo Bassi', 'Anna Spadoni']) expect(isCompanyName(person), person).toBe(false);
  });

  it('greets a person writing for herself by her name, as before', () => {
    expect(recipientGreeting('Giulia Bianchi', 'en')).toEqual({ greeting: 'Dear Giulia Bianchi', closing: 'Yours sincerely,' });
    expect(recipientGreeting('Giulia Bianchi', 'it')).toEqual({ greeting: 'Gentile Giulia Bianchi', closing: 'Cordiali saluti,' });
  });

  it('closes "Sincerely," in American usage (a CCPA letter), a company or a person alike; Italian unchanged (review 10, K29)', () => {
    expect(recipientGreeting('Privacy Helpers Inc.', 'en', 'american')).toEqual({ greeting: 'Dear Sir or Madam', closing: 'Sincerely,' });
    expect(recipientGreeting('Jane Doe', 'en', 'american')).toEqual({ greeting: 'Dear Jane Doe', closing: 'Sincerely,' });
    expect(recipientGreeting('Privacy Helpers Inc.', 'it', 'american')).toEqual({ greeting: 'Spettabile Privacy Helpers Inc.', closing: 'Distinti saluti,' });
  });
});
