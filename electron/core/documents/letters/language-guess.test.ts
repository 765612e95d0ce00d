import { describe, expect, it } from 'vitest';
import { guessLanguage, looksForeign } from './language-guess';

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
});
