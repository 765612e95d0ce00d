import type { LetterLanguage } from '../../../shared/document-contract';

/** The authority a letter names for a complaint, as the settings or the law table give it. */
export interface ComplaintAuthority {
  name: string | null;
  /** Lines or one line; printed inside the sentence, its lines joined by commas. */
  address: string | null;
  website: string | null;
}

/** What the phrase is built from: the letter's language and law, the authority, the organisation's country (ISO code). */
export interface ComplaintContext {
  language: LetterLanguage;
  /** `uk-gdpr` names the one UK authority; any other law the GDPR's choice of Member State. */
  regime: string;
  authority: ComplaintAuthority;
  country: string | null;
  /** The person the complaint would be about, when the letter goes to someone acting for them: "of Paola Neri’s habitual residence" (review 7, G18). */
  subjectName?: string | null;
  /** The document's date (YYYY-MM-DD): a UK letter dated before section 164A came into force does not offer it (review 8, H6). */
  date?: string | null;
}

/** Art. 77(1): the Member State of the person's habitual residence, place of work or alleged infringement; to a representative, the person's (review 8, H4: in Italian too). */
const art77 = (language: LetterLanguage, subjectName: string | null) =>
  language === 'en'
    ? `with a supervisory authority, in particular in the Member State of ${subjectName ? `${subjectName}’s` : 'your'} habitual residence, place of work or place of the alleged infringement (Article 77 GDPR)`
    : `a un’autorità di controllo, in particolare nello Stato membro in cui ${subjectName ? `${subjectName} ` : ''}risiede abitualmente, lavora oppure del luogo ove si è verificata la presunta violazione (art. 77 GDPR)`;

const UK_77 = { en: 'with the supervisory authority (Article 77 UK GDPR)', it: 'all’autorità di controllo (art. 77 UK GDPR)' } as const;

/**
 * Since 19 June 2026 a UK data subject may complain to the controller first (s. 164A DPA 2018,
 * inserted by s. 103 of the Data (Use and Access) Act 2025): the controller must make it easy,
 * acknowledge it within 30 days and tell the outcome without undue delay (s. 164A(2)–(4)).
 * The complaint is the person's, whoever reads the letter: no "your complaint" to an agent (review 8, H12).
 */
const UK_164A = {
  en: 'with us directly (section 164A of the Data Protection Act 2018), by writing to our Data Protection Officer at the details below: we will acknowledge the complaint within 30 days and give its outcome without undue delay; or',
  it: 'direttamente a noi (sezione 164A del Data Protection Act 2018), scrivendo al nostro Responsabile della protezione dei dati ai recapiti indicati di seguito: ne confermeremo la ricezione entro 30 giorni e ne comunicheremo l’esito senza ingiustificato ritardo; oppure',
} as const;

/** The day section 164A DPA 2018 came into force. */
const UK_164A_IN_FORCE = '2026-06-19';

/** An address written on one line: its lines joined with ", " (a line already ending in a comma keeps just that). */
function oneLine(text: string | null): string | null {
  const parts = (text ?? '').split(/\r?\n/).map((l) => l.trim().replace(/,$/, '')).filter((l) => l !== '');
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The authority's name with the article the language puts before it ("the Garante…", "il Garante…", "l’Information…"). */
function named(name: string, language: LetterLanguage): string {
  if (language === 'en') return /^the\s/i.test(name) ? name : `the ${name}`;
  if (/^Garante\b/.test(name)) return `il ${name}`;
  return /^[AEIOU]/i.test(name) ? `l’${name}` : name;
}

/**
 * The one way every letter and notice names where the person may complain (Art. 77 GDPR):
 * the words that follow "lodge a complaint" / "proporre reclamo", preposition included.
 * Under the GDPR, any supervisory authority, in particular of the Member State of habitual
 * residence, place of work or place of the alleged infringement, then the organisation's own
 * ("…; in Italy, the Garante per la protezione dei dati personali, Piazza Venezia 11, 00187
 * Roma (https://www.garanteprivacy.it)"); under the UK GDPR, the controller itself first
 * (s. 164A DPA 2018), or the ICO. Null while the
 * authority's name is not set, so the letter names it as missing.
 */
export function complaintAuthority(ctx: ComplaintContext): string | null {
  const { language, authority } = ctx;
  if (!authority.name || authority.name.trim() === '') return null;
  const address = oneLine(authority.address);
  const details = `${named(authority.name.trim(), language)}${address ? `, ${address}` : ''}${authority.website ? ` (${authority.website})` : ''}`;
  if (ctx.regime === 'uk-gdpr') {
    const offered = !ctx.date || ctx.date >= UK_164A_IN_FORCE;
    return `${offered ? `${UK_164A[language]} ` : ''}${UK_77[language]}, ${details}`;
  }
  const country = ctx.country ? new Intl.DisplayNames([language], { type: 'region' }).of(ctx.country) : undefined;
  const art77Words = art77(language, ctx.subjectName ?? null);
  if (country && country !== ctx.country) return `${art77Words}; in ${country}, ${details}`;
  return `${art77Words}; ${language === 'en' ? 'the authority competent for our processing is' : 'l’autorità competente per i nostri trattamenti è'} ${details}`;
}
