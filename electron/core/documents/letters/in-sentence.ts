import type { LetterLanguage } from '../../../shared/document-contract';

/** A capital after the first letter (CRM, IT, eBay): a word whose capital is its own, not the start of a sentence. */
const ownCapital = (word: string) => /\p{Lu}/u.test(word.replace(/\P{L}/gu, '').slice(1));
/** A word starting with a capital. */
const capitalised = (word: string | undefined) => word !== undefined && /^\P{L}*\p{Lu}/u.test(word);

/**
 * One thing as it reads after the words before it: its first letter lower-cased, as typed at
 * the start of a line ("Profilazione a fini di analisi commerciale" → "profilazione a fini…"),
 * unless the first word is an acronym or has a capital of its own ("CRM", "eBay") or the first
 * two words are both capitalised, a name ("Google Analytics").
 */
function lowerFirst(item: string): string {
  const [first, second] = item.split(/\s+/u);
  if (first === undefined || ownCapital(first) || (capitalised(first) && capitalised(second))) return item;
  return item.replace(/^(\P{L}*)(\p{Lu})/u, (_all, before: string, letter: string) => before + letter.toLocaleLowerCase());
}

/**
 * What the DPO typed for a field a template prints inside its own sentence, as a list of
 * things ("…per {{objection.stopped}}."): one item a line or between semicolons, bullets and
 * closing stops dropped, each lower-cased at its start as above, and joined as the language
 * lists things ("a, b e c"; "a, b and c"), so a capital never sits mid-sentence and a list
 * reads as one (review 7, G17). Text with nothing left is kept as typed.
 */
export function itemsInSentence(text: string, language: LetterLanguage): string {
  const items = text
    .split(/\r?\n|;/u)
    .map((item) => item.trim().replace(/^[-–•*]\s*/u, '').replace(/[.,]+$/u, '').trim())
    .filter((item) => item !== '')
    .map(lowerFirst);
  return items.length === 0 ? text : new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}
