import type { LetterLanguage } from '../../../shared/document-contract';
import { openBrackets } from './brackets';

/**
 * The Regulation is named in full once, at its first mention in a letter's body, and as
 * "GDPR" after that: "Article 15 of Regulation (EU) 2016/679 (“GDPR”)", "art. 15 del
 * Regolamento (UE) 2016/679 («GDPR»)". "UK GDPR" is another law and is left alone.
 */
const FULL: Record<LetterLanguage, string> = { en: 'Regulation (EU) 2016/679 (“GDPR”)', it: 'Regolamento (UE) 2016/679 («GDPR»)' };
/** Inside a parenthetical, the short name follows a comma: no bracket opens inside another (review C21). */
const FULL_INSIDE: Record<LetterLanguage, string> = { en: 'Regulation (EU) 2016/679, the “GDPR”', it: 'Regolamento (UE) 2016/679, il «GDPR»' };
const ALREADY_DEFINED = /2016\/679/;
/** "GDPR" as its own word, not "UK GDPR", not inside quotes of a definition. */
const FIRST_GDPR = /(?<![\p{L}\p{N}«“"])(?<!UK )GDPR(?![\p{L}\p{N}»”"])/u;

/** How the words before the first "GDPR" join the full name in each language. */
function joined(before: string, language: LetterLanguage): string {
  const full = (openBrackets(before) > 0 ? FULL_INSIDE : FULL)[language];
  if (language === 'en') {
    if (/\bthe $/i.test(before)) return `${before.slice(0, -4)}${full}`;
    if (/(\d|\))(,)? $/.test(before)) return `${before.replace(/,? $/, ' ')}of ${full}`;
    return `${before}${full}`;
  }
  if (/(?<![\p{L}’])(del|dal|al|nel|il) $/iu.test(before)) return `${before}${full}`;
  if (/(\d|\)|lett\. [a-z]|par\. \d+)(,)? $/.test(before)) return `${before}del ${full}`;
  return `${before}${full}`;
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
