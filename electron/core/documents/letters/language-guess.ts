import type { LetterLanguage } from '../../../shared/document-contract';

/**
 * A small guess at the language of free text, from its most common short words (articles,
 * prepositions, conjunctions, auxiliaries): enough to notice "The processor reported…"
 * pasted into an Italian letter. Names, codes and short texts give no answer.
 */
const STOPWORDS: Record<LetterLanguage, ReadonlySet<string>> = {
  en: new Set('the of and to in is was were are be been that this with for on by from have has had we our your it not which an at as or they their who will would'.split(' ')),
  it: new Set('il lo la gli le di del della dei delle che e è in un una per con non sono stato stata dal dalla al alla nel nella ha hanno abbiamo sua suoi nostro nostra dati anche come ai sul sulla questo questa'.split(' ')),
};

/** The fewest stopwords a text needs before it is judged at all. */
const MIN_HITS = 3;
/** Fewer do for a short text with none of the other language's: the register's one-line reasons a DPO copies into a letter ("No reply to the identity request after two reminders."; review 8, H11). */
const MIN_HITS_UNMIXED = 2;

/** The language the text looks written in, or null when it is too short or too mixed to say. */
export function guessLanguage(text: string): LetterLanguage | null {
  // A token holding a digit is an identifier, a date or an amount ("3f2a1e9c-…" would read as Italian "e"s), never words.
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((token) => !/\p{N}/u.test(token))
    .flatMap((token) => token.match(/\p{L}+/gu) ?? []);
  const hits = { en: 0, it: 0 };
  for (const word of words) {
    if (STOPWORDS.en.has(word)) hits.en += 1;
    if (STOPWORDS.it.has(word)) hits.it += 1;
  }
  const [best, other] = hits.en >= hits.it ? (['en', 'it'] as const) : (['it', 'en'] as const);
  const enough = hits[other] === 0 ? MIN_HITS_UNMIXED : MIN_HITS;
  if (hits[best] < enough || hits[best] < 2 * hits[other]) return null;
  return best;
}

/**
 * Words a short register note is made of ("See the letter", "Vedi lettera", "Nessuna risposta"),
 * each found in one language only. Words both languages use or borrow are in neither list ("a",
 * "in", "per", "no", "data", "email", "online", "come", "con", "al", "se", "due", "note", "IT",
 * "AI"), nor single letters, month names or days: a name, an id, an address or a date never
 * holds only these words.
 */
const KNOWN_WORDS: Record<LetterLanguage, ReadonlySet<string>> = {
  en: new Set(
    [
      'the of and to is was were are be been being that this these those with for on by from have has had we our your its not which an at as or they their who will would',
      'see seen letter letters reply replied answer answered request requests sent received pending waiting done closed refused withdrawn attached enclosed above below',
      'yes none nothing unknown same customer asked identity verified missing duplicate call called phone spoke person again later already after before two reminders',
    ]
      .join(' ')
      .split(' '),
  ),
  it: new Set(
    [
      'il lo gli di del della dello dei degli delle che è un una uno sono stato stata stati dal dalla dai nel nella nei ha hanno abbiamo sua suoi nostro nostra anche sul sulla questo questa',
      'vedi vedere lettera lettere risposta risposte risposto richiesta richieste inviata inviato inviate ricevuta ricevuto ricevute attesa evasa chiusa chiuso rifiutata ritirata allegato allegata allegati sopra sotto',
      'sì nessuna nessun nessuno niente ignoto stessa stesso cliente chiesto chiesta identità verificata mancante doppia telefonata chiamata parlato ancora dopo prima già solleciti nota',
    ]
      .join(' ')
      .split(' '),
  ),
};

/**
 * The language of a short text by its words alone, when every word is a known word of one
 * language and none of the other ("See the letter" → en, "Vedi lettera" → it); null otherwise.
 * Tokens with a digit, an "@", a "/" or a "." inside (ids, dates, e-mail and web addresses) are
 * not words; a text left with none gives no answer.
 */
export function guessShortLanguage(text: string): LetterLanguage | null {
  const words = text
    .split(/\s+/)
    .filter((token) => token !== '' && !/[\p{N}@/]|\p{L}\.\p{L}/u.test(token))
    .map((token) => token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase());
  if (words.length === 0 || words.some((word) => word === '')) return null;
  for (const [language, other] of [['en', 'it'], ['it', 'en']] as const) {
    if (words.every((word) => KNOWN_WORDS[language].has(word) && !KNOWN_WORDS[other].has(word))) return language;
  }
  return null;
}

/**
 * True when the text is clearly in the other language than the letter's. A text the register
 * gives and the letter prints as it stands (`verbatim`: a reason recorded on the case, a
 * breach's description) is judged when short too, by its words alone (review 8, H11's
 * remainder): "See the letter" in an Italian letter, "Vedi lettera" in an English one.
 */
export function looksForeign(text: string, language: LetterLanguage, verbatim = false): boolean {
  const guess = guessLanguage(text) ?? (verbatim ? guessShortLanguage(text) : null);
  return guess !== null && guess !== language;
}
