import type { LetterLanguage } from '../../../shared/document-contract';

/**
 * The Regulation is named in full once, at its first mention in a letter's body, and as
 * "GDPR" after that: "Article 15 of Regulation (EU) 2016/679 (“GDPR”)", "art. 15 del
 * Regolamento (UE) 2016/679 («GDPR»)". "UK GDPR" is another law and is left alone.
 */
const FULL: Record<LetterLanguage, string> = { en: 'Regulation (EU) 2016/679 (“GDPR”)', it: 'Regolamento (UE) 2016/679 («GDPR»)' };
const ALREADY_DEFINED = /2016\/679/;
/** "GDPR" as its own word, not "UK GDPR", not inside quotes of a definition. */
const FIRST_GDPR = /(?<![\p{L}\p{N}«“"])(?<!UK )GDPR(?![\p{L}\p{N}»”"])/u;

/** How the words before the first "GDPR" join the full name in each language. */
function joined(before: string, language: LetterLanguage): string {
  if (language === 'en') {
    if (/\bthe $/i.test(before)) return `${before.slice(0, -4)}${FULL.en}`;
    if (/(\d|\))(,)? $/.test(before)) return `${before.replace(/,? $/, ' ')}of ${FULL.en}`;
    return `${before}${FULL.en}`;
  }
  if (/(?<![\p{L}’])(del|dal|al|nel|il) $/iu.test(before)) return `${before}${FULL.it}`;
  if (/(\d|\)|lett\. [a-z]|par\. \d+)(,)? $/.test(before)) return `${before}del ${FULL.it}`;
  return `${before}${FULL.it}`;
}

/**
 * Rewrites the first "GDPR" of a sequence of texts (in reading order) to the full name,
 * with the joining words the language needs; returns the texts unchanged when none names
 * it or the full name is already there.
 */
export function defineRegulationOnce(texts: string[], language: LetterLanguage): string[] {
  if (texts.some((t) => ALREADY_DEFINED.test(t))) return texts;
  const index = texts.findIndex((t) => FIRST_GDPR.test(t));
  if (index < 0) return texts;
  const text = texts[index] as string;
  const match = FIRST_GDPR.exec(text) as RegExpExecArray;
  const rewritten = joined(text.slice(0, match.index), language) + text.slice(match.index + 4);
  return texts.map((t, i) => (i === index ? rewritten : t));
}
