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

/** True when the text is clearly in the other language than the letter's. */
export function looksForeign(text: string, language: LetterLanguage): boolean {
  const guess = guessLanguage(text);
  return guess !== null && guess !== language;
}
