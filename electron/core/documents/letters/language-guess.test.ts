import { describe, expect, it } from 'vitest';
import { guessLanguage, guessShortLanguage, looksForeign } from './language-guess';

describe('guessLanguage', () => {
  it('tells English from Italian in the texts a register holds', () => {
    expect(guessLanguage('The processor reported that a backup of the CRM was exposed for two days.')).toBe('en');
    expect(guessLanguage('Il responsabile del trattamento ha segnalato che una copia di sicurezza del CRM è stata esposta per due giorni.')).toBe('it');
  });

  it('gives no answer for names, codes and short fragments', () => {
    expect(guessLanguage('Zofia Łódź-Ørsted')).toBeNull();
    expect(guessLanguage('CRM, AWS S3')).toBeNull();
    expect(guessLanguage('Mailchimp')).toBeNull();
  });

  it('judges a one-line register reason with two stopwords and none of the other language (review 8, H11)', () => {
    expect(looksForeign('No reply to the identity request after two reminders.', 'it')).toBe(true);
    expect(looksForeign('Nessuna risposta alla richiesta di identità dopo due solleciti.', 'en')).toBe(true);
    expect(looksForeign('Nessuna risposta alla richiesta di identità dopo due solleciti.', 'it')).toBe(false);
    // One stopword, or two beside the other language's, still gives no answer.
    expect(guessLanguage('Report of Mailchimp')).toBeNull();
    expect(guessLanguage('The data del cliente')).toBeNull();
  });

  it('flags English text in an Italian letter, and not Italian text in one', () => {
    expect(looksForeign('We restored the data from the backup and reset all passwords.', 'it')).toBe(true);
    expect(looksForeign('Abbiamo ripristinato i dati dalla copia di sicurezza e reimpostato tutte le password.', 'it')).toBe(false);
    expect(looksForeign('Abbiamo ripristinato i dati dalla copia di sicurezza e reimpostato tutte le password.', 'en')).toBe(true);
  });
  it('never judges an identifier: letters between the digits of an id are not words', () => {
    expect(guessLanguage('3f2a1e9c-5e7d-4e1a-9e2b-0c4e5d6a7b8e')).toBeNull();
    expect(guessLanguage('01JE5E7DA4E1A9E2B0C4E5D6A7')).toBeNull();
  });

  it('judges a short register text inserted verbatim by its words alone, in both directions (review 8, H11’s remainder)', () => {
    expect(looksForeign('See the letter', 'it', true)).toBe(true);
    expect(looksForeign('See the letter.', 'en', true)).toBe(false);
    expect(looksForeign('Vedi lettera', 'en', true)).toBe(true);
    expect(looksForeign('Vedi lettera', 'it', true)).toBe(false);
    expect(looksForeign('Nessuna risposta.', 'en', true)).toBe(true);
    expect(looksForeign('Already answered', 'it', true)).toBe(true);
    // An id beside the words is skipped, not read: the words still tell.
    expect(looksForeign('Vedi REQ-2026-0042', 'en', true)).toBe(true);
    expect(guessShortLanguage('See the letter')).toBe('en');
    expect(guessShortLanguage('«Vedi lettera»')).toBe('it');
    // Typed or changed by the DPO (not verbatim), a short text is judged by stopwords only, as before.
    expect(looksForeign('See the letter', 'it')).toBe(false);
    expect(looksForeign('Vedi lettera', 'en')).toBe(false);
  });

  it('gives no false alarm on a short register text of names, ids, addresses, dates or words both languages use', () => {
    for (const text of [
      'Paola Neri',
      'Will Smith',
      'Mailchimp',
      'CRM, AWS S3',
      '3f2a1e9c-5e7d-4e1a-9e2b-0c4e5d6a7b8e',
      'REQ-2026-0042',
      'paola.neri@example.it',
      'https://www.garanteprivacy.it',
      '3 December 2026',
      '3 dicembre 2026',
      '2026-12-03',
      'no',
      'No data',
      'email',
      'online',
      'in',
      'IT',
      'AI',
      'per email',
      'backup',
      'privacy',
      'data breach',
      'See Paola Neri',
    ]) {
      for (const language of ['en', 'it'] as const) expect(looksForeign(text, language, true), `${text} in ${language}`).toBe(false);
    }
  });
});
