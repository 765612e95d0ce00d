import type { LetterLanguage } from '../../../shared/document-contract';
import type { LetterLabels } from '../letters/template-schema';

/**
 * What a request asks for, as a letter's subject names it: parallel noun phrases, never "the
 * right to know and deletion of…" (review 4, D21). Types with a phrase are taken in the
 * catalogue's order; nouns sharing their article and object are joined under them ("the
 * disclosure and deletion of your personal information", "la conoscenza e la cancellazione dei
 * Suoi dati personali"), and the groups are joined as the language lists things. Null when a
 * type has no phrase: the caller then lists the types' names. `toReader` rewords each object for
 * the letter's reader (a representative: "of Paola Neri’s personal information"; review 7, G18).
 */
export function requestTypesPhrase(types: readonly string[], language: LetterLanguage, labels: LetterLabels, toReader: (text: string) => string = (text) => text): string | null {
  const phrases = labels.requestTypePhrases;
  if (types.length === 0 || !types.every((t) => phrases[t] !== undefined)) return null;
  const groups: { lead: string; object: string; nouns: string[] }[] = [];
  for (const type of Object.keys(phrases).filter((t) => types.includes(t))) {
    const { lead, noun, object } = (phrases[type] as LetterLabels['requestTypePhrases'][string])[language];
    const last = groups[groups.length - 1];
    if (last && last.lead === lead && last.object === object) last.nouns.push(noun);
    else groups.push({ lead, object, nouns: [noun] });
  }
  const list = (items: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  return list(groups.map((g) => [g.lead, list(g.nouns), toReader(g.object)].filter((part) => part !== '').join(' ')));
}
