/**
 * Two articles of one act cited together take the plural in Italian: "art. 12, par. 3, e
 * art. 12A UK GDPR" is "artt. 12, par. 3, e 12A UK GDPR", and the article or preposition
 * before it agrees ("dall’art." → "dagli artt.", "l’art." → "gli artt."; review 5, E21). A
 * field such as the month's rule is written once for every sentence that prints it, so the
 * sentence is put right here rather than in each template. Only "art. …, e art. …" with
 * nothing between the two but the first one's paragraph and letter is read as one citation.
 */
const PLURAL: Record<string, string> = { 'l’': 'gli ', 'dall’': 'dagli ', 'dell’': 'degli ', 'all’': 'agli ', 'nell’': 'negli ', 'sull’': 'sugli ' };

const BEFORE = '(?<![\\p{L}\\p{N}])';
const TWO_ARTICLES = new RegExp(`${BEFORE}(l’|dall’|dell’|all’|nell’|sull’)?art\\. (\\d+[A-Z]?(?:, par\\. \\d+(?:, lett\\. [a-z]\\))?)?,?) e art\\. (?=\\d)`, 'giu');

function keepCase(original: string, replacement: string): string {
  return original[0] === original[0]?.toUpperCase() ? replacement[0]?.toUpperCase() + replacement.slice(1) : replacement;
}

/** Italian text with each "art. X, e art. Y" made "artt. X, e Y", its article or preposition made plural. */
export function pluraliseArticlePairs(text: string): string {
  return text.replace(TWO_ARTICLES, (_match, before: string | undefined, first: string) => {
    const plural = before ? keepCase(before, PLURAL[before.toLowerCase()] ?? before) : '';
    return `${plural}artt. ${first} e `;
  });
}
