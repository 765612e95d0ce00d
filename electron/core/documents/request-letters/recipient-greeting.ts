import type { LetterLanguage } from '../../../shared/document-contract';

/**
 * Italian titles and forms of address a name may be typed with ("Avv. Carlo Bassi",
 * "Dott.ssa Anna Riva"): right in an Italian salutation, wrong in an English one ("Dear Avv.
 * Carlo Bassi,"; review 7, G18).
 */
const ITALIAN_TITLE = /^(?:(?:avv|avvocato|avvocata|dott|dott\.ssa|dottssa|dottor|dottore|dottoressa|prof|prof\.ssa|professore|professoressa|ing|arch|geom|rag|not|notaio|sig|sig\.ra|sig\.na|sigg|signor|signora|egr|egregio|gent|gent\.mo|gent\.ma|gentile|spett|spett\.le|spettabile)\.?\s+)+/i;

/** Legal forms and words that make a name a company's or a firm's, not a person's. */
const COMPANY =
  /(?:\b(?:ltd|limited|llp|llc|plc|inc|incorporated|corp|corporation|gmbh|ag|bv|nv|sarl|srls?|spa|sas|snc|scarl|onlus)\.?$)|(?:\bs\.r\.l\.s?\.?$|\bs\.p\.a\.?$|\bs\.a\.s\.?$|\bs\.n\.c\.?$)|\b(?:studio legale|associazione|law firm|solicitors)\b/i;

/**
 * Whether the recipient is a company (an authorised agent that is a business, a law firm) rather
 * than a person. The register holds only the name the request came in (`requesterName`), with no
 * field for a title, a gender or the kind of agent, so the decision is read from that name: a
 * legal form at its end ("Rights Agency Ltd", "Tutela Dati S.r.l.") or a firm's word in it
 * ("Studio Legale Rossi"). A company is greeted "Dear Sir or Madam," and closed "Yours
 * faithfully," in English (review 6, F19: a company is not greeted by its name), "Spettabile …"
 * in Italian, as the letters to a client already are.
 */
export function isCompanyName(name: string): boolean {
  return COMPANY.test(name.trim());
}

/**
 * The name an English salutation uses: without an Italian title. "Mr Bassi" cannot be derived
 * (the register records no gender and no form of address), so the recorded name is used as
 * typed, less the title: "Dear Carlo Bassi,". Italian keeps the title ("Gentile Avv. Carlo Bassi,").
 */
export function nameWithoutItalianTitle(name: string): string {
  const bare = name.trim().replace(ITALIAN_TITLE, '').trim();
  return bare === '' ? name.trim() : bare;
}

/**
 * Whether an Italian letter addresses its reader in the plural of courtesy ("Vi confermiamo", "la
 * Vostra richiesta"): a company or a firm (an authorised agent, a law firm, an association), as
 * it is greeted "Spettabile …"; a person, herself or her representative, keeps "Lei" (review 7,
 * G18's remainder). The one place that chooses the form of address, with the salutation below.
 */
export function addressesInPlural(name: string | null, language: LetterLanguage): boolean {
  return language === 'it' && name !== null && isCompanyName(name);
}

/** Whose English a letter is written in: British, or American for a letter read in California (CCPA). */
type EnglishUsage = 'british' | 'american';

/**
 * The salutation (without its comma) and the closing of a letter to the request's recipient. In
 * American usage a business letter closes "Sincerely," whoever it greets; a CCPA letter goes to a
 * Californian consumer or agent (review 10, K29).
 */
export function recipientGreeting(name: string | null, language: LetterLanguage, usage: EnglishUsage = 'british'): { greeting: string | null; closing: string } {
  const company = name !== null && isCompanyName(name);
  if (language === 'en') {
    const closing = usage === 'american' ? 'Sincerely,' : company ? 'Yours faithfully,' : 'Yours sincerely,';
    return { greeting: company ? 'Dear Sir or Madam' : name === null ? null : `Dear ${nameWithoutItalianTitle(name)}`, closing };
  }
  return { greeting: name === null ? null : `${company ? 'Spettabile' : 'Gentile'} ${name.trim()}`, closing: company ? 'Distinti saluti,' : 'Cordiali saluti,' };
}
