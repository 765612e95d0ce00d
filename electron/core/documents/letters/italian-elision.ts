/**
 * Italian elision of an article or articulated preposition before a number that is read
 * with a vowel: "otto…" (8, 80–89, 800…) and "undici" (11, 11.000). "del 8 febbraio" is
 * wrong Italian; "dell’8 febbraio", "entro l’11 maggio", "all’8" are right. "1º" (primo)
 * and every other number keep the full article ("il 1º", "del 18", "il 2026").
 */
const ELIDED: Record<string, string> = { il: 'l’', del: 'dell’', al: 'all’', dal: 'dall’', nel: 'nell’', sul: 'sull’' };

/** A word boundary that knows accented letters (JavaScript's \b does not). */
const BEFORE = '(?<![\\p{L}\\p{N}’\'])';
const ARTICLE_BEFORE_VOWEL_NUMBER = new RegExp(`${BEFORE}(il|del|al|dal|nel|sul)\\s+(?=8|11(?![\\d,º°]|\\.\\d(?!\\d\\d)))`, 'giu');

function keepCase(original: string, replacement: string): string {
  return original[0] === original[0]?.toUpperCase() ? replacement[0]?.toUpperCase() + replacement.slice(1) : replacement;
}

/** Elides "il/del/al/dal/nel/sul" before 8… and 11 in Italian text; other text is unchanged. */
export function elideItalianArticles(text: string): string {
  return text.replace(ARTICLE_BEFORE_VOWEL_NUMBER, (match, article: string) => keepCase(article, ELIDED[article.toLowerCase()] ?? match));
}
