import { describe, expect, it } from 'vitest';
import { complaintAuthority } from './complaint-phrase';

const GARANTE = { name: 'Garante per la protezione dei dati personali', address: 'Piazza Venezia 11\n00187 Roma', website: 'https://www.garanteprivacy.it' };

describe('the Art. 77 complaint phrase every letter shares', () => {
  it('names any Member State of residence, work or infringement, then the Garante, in Italy, with its address on one line', () => {
    expect(complaintAuthority({ language: 'en', regime: 'gdpr', authority: GARANTE, country: 'IT' })).toBe(
      'with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement (Article 77 GDPR); in Italy, the Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma (https://www.garanteprivacy.it)',
    );
    expect(complaintAuthority({ language: 'it', regime: 'gdpr', authority: GARANTE, country: 'IT' })).toBe(
      'a un’autorità di controllo, in particolare nello Stato membro in cui risiede abitualmente, lavora oppure del luogo ove si è verificata la presunta violazione (art. 77 GDPR); in Italia, il Garante per la protezione dei dati personali, Piazza Venezia 11, 00187 Roma (https://www.garanteprivacy.it)',
    );
  });

  it('leaves out what the settings do not hold, and says "competent for our processing" without a country', () => {
    const bare = { name: 'Garante per la protezione dei dati personali', address: null, website: null };
    expect(complaintAuthority({ language: 'it', regime: 'gdpr', authority: bare, country: null })).toMatch(/\(art\. 77 GDPR\); l’autorità competente per i nostri trattamenti è il Garante per la protezione dei dati personali$/);
    expect(complaintAuthority({ language: 'en', regime: 'gdpr', authority: { name: 'Commission nationale de l’informatique et des libertés (CNIL)', address: null, website: 'https://www.cnil.fr' }, country: 'FR' })).toMatch(
      /; in France, the Commission nationale de l’informatique et des libertés \(CNIL\) \(https:\/\/www\.cnil\.fr\)$/,
    );
  });

  it('names the ICO under the UK GDPR, with no Member State', () => {
    const ico = { name: 'Information Commissioner’s Office (ICO)', address: 'Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, United Kingdom', website: 'https://ico.org.uk' };
    const en = complaintAuthority({ language: 'en', regime: 'uk-gdpr', authority: ico, country: 'IT' });
    expect(en).toBe(
      'with us directly (section 164A of the Data Protection Act 2018), by writing to our Data Protection Officer at the details below: we will acknowledge the complaint within 30 days and give its outcome without undue delay; or with the supervisory authority (Article 77 UK GDPR), the Information Commissioner’s Office (ICO), Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, United Kingdom (https://ico.org.uk)',
    );
    expect(en).not.toContain('Member State');
    expect(complaintAuthority({ language: 'it', regime: 'uk-gdpr', authority: ico, country: 'IT' })).toMatch(
      /^direttamente a noi \(sezione 164A del Data Protection Act 2018\), scrivendo al nostro Responsabile della protezione dei dati ai recapiti indicati di seguito: ne confermeremo la ricezione entro 30 giorni e ne comunicheremo l’esito senza ingiustificato ritardo; oppure all’autorità di controllo \(art\. 77 UK GDPR\), l’Information Commissioner’s Office \(ICO\), /,
    );
  });

  it('offers section 164A only on a UK letter dated from 19 June 2026, when it came into force (review 8, H6)', () => {
    const ico = { name: 'Information Commissioner’s Office (ICO)', address: null, website: null };
    expect(complaintAuthority({ language: 'en', regime: 'uk-gdpr', authority: ico, country: 'GB', date: '2026-06-18' })).toBe('with the supervisory authority (Article 77 UK GDPR), the Information Commissioner’s Office (ICO)');
    expect(complaintAuthority({ language: 'it', regime: 'uk-gdpr', authority: ico, country: 'GB', date: '2026-04-20' })).toBe('all’autorità di controllo (art. 77 UK GDPR), l’Information Commissioner’s Office (ICO)');
    expect(complaintAuthority({ language: 'en', regime: 'uk-gdpr', authority: ico, country: 'GB', date: '2026-06-19' })).toMatch(/^with us directly \(section 164A/);
  });

  it('names the represented person’s residence to a representative, in Italian too (review 8, H4)', () => {
    expect(complaintAuthority({ language: 'it', regime: 'gdpr', authority: GARANTE, country: 'IT', subjectName: 'Luca Neri' })).toContain('nello Stato membro in cui Luca Neri risiede abitualmente, lavora oppure');
    expect(complaintAuthority({ language: 'en', regime: 'gdpr', authority: GARANTE, country: 'IT', subjectName: 'Luca Neri' })).toContain('in the Member State of Luca Neri’s habitual residence');
  });

  it('is missing (null) while the authority has no name, so the letter names the setting', () => {
    expect(complaintAuthority({ language: 'en', regime: 'gdpr', authority: { name: null, address: null, website: null }, country: 'IT' })).toBeNull();
    expect(complaintAuthority({ language: 'en', regime: 'gdpr', authority: { name: '  ', address: null, website: null }, country: 'IT' })).toBeNull();
  });
});
