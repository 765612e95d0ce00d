import type { LetterLanguage } from '../../../shared/document-contract';

/** The conjunction a list joins its last item with, as a word inside an item ("messaggi indesiderati e tentativi di phishing"). */
const CONJUNCTION: Record<LetterLanguage, RegExp> = { en: /(^|\s)and(\s|$)/i, it: /(^|\s)ed?(\s|$)/i };
/** What joins the last item instead when an item holds the conjunction itself: one list, one conjunction. */
const INSTEAD: Record<LetterLanguage, string> = { en: ', as well as ', it: ', nonché ' };

/**
 * Items joined as the language does ("a, b and c", "a, b e c"); when an item itself holds "and"
 * / "e", the last is joined with "as well as" / "nonché" instead, so the list keeps one
 * conjunction and reads as its items: "…, messaggi indesiderati e tentativi di phishing,
 * nonché accessi non autorizzati agli account", never "… e tentativi di phishing e accessi…"
 * (review 4, D13).
 */
export function joinItems(items: readonly string[], language: LetterLanguage): string {
  const head = items.slice(0, -1);
  const last = items.at(-1);
  if (last === undefined || head.length === 0 || !items.some((item) => CONJUNCTION[language].test(item))) return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  return `${head.join(', ')}${INSTEAD[language]}${last}`;
}
