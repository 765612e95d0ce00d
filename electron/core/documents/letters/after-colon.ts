import type { LetterBlock, LetterLanguage } from '../../../shared/document-contract';
import type { TemplateBlock } from './template-schema';

/**
 * What follows a colon inside a sentence continues it, in lower case: "not technically feasible
 * for us: the other controller offers no import interface", "Le indichiamo il motivo: lo esigono
 * interessi preponderanti di terzi" (tenth review, K5 and K28). A value the DPO typed, or a
 * paragraph under a line ending in a colon, often opens with a capital, as typed at the start of
 * a field. Only a word that can never be a name is lowered: the articles, determiners, pronouns,
 * prepositions and conjunctions a sentence opens with, in each language. "Amazon", "CRM",
 * "Google Analytics", "Paola Neri" and any other word keep their capital.
 */
const ORDINARY_OPENERS: Record<LetterLanguage, ReadonlySet<string>> = {
  en: new Set(
    (
      'a an the this that these those our your their its his her my we you they it there here no none some any all each every ' +
      'both either neither one as at by for from in into on onto to with without since because under after before until while ' +
      'if when where whether although though only not nor or and but so then such other another'
    ).split(' '),
  ),
  it: new Set(
    (
      'il lo la i gli le un uno una questo questa questi queste quello quella quelli quelle nostro nostra nostri nostre ' +
      'ci si ne non è sono che chi per con da di del dello della dei degli delle dal dallo dalla dai dagli dalle nel nello nella ' +
      'nei negli nelle al allo alla ai agli alle sul sullo sulla sui sugli sulle in a su tra fra come poiché perché se quando ' +
      'dove mentre anche solo soltanto ogni nessun nessuno nessuna alcun alcuno alcuna alcuni alcune tutti tutte tale tali ' +
      'altro altra altri altre entrambi entrambe né o e ma però'
    ).split(' '),
  ),
};

/** Italian words elided before a vowel ("L’altro titolare", "Un’altra", "Dell’interessato"). */
const ELIDED = /^(l|un|dell|all|dall|nell|sull|quell|quest|nessun)[’']/iu;

/** The first two words of a text, without what may stand before them (a quote, a bracket). */
function firstWords(text: string): [string | null, string | null] {
  const match = /^[\s«“"(]*([\p{L}’']+)(?:\s+([\p{L}’']+))?/u.exec(text);
  return [match?.[1] ?? null, match?.[2] ?? null];
}

/** Italian "Le"/"La" before a verb of ours ("Le risponderemo", "La preghiamo", "Le invieremo") is the pronoun of courtesy, whose capital stays. */
const courtesyPronoun = (word: string, next: string | null) => (word === 'Le' || word === 'La') && next !== null && /(?:iamo|emo)$/u.test(next);

/** True when the text opens with an ordinary word of the language written with a capital ("The", "Lo", "L’altro"). */
function opensWithOrdinaryCapital(text: string, language: LetterLanguage): boolean {
  const [word, next] = firstWords(text);
  if (word === null || !/^\p{Lu}\p{Ll}*(?:[’'][\p{L}]*)?$/u.test(word)) return false;
  if (language === 'it' && courtesyPronoun(word, next)) return false;
  if (language === 'it' && ELIDED.test(word)) return true;
  return ORDINARY_OPENERS[language].has(word.toLocaleLowerCase(language));
}

/** The text with its first letter lower-cased when it opens with an ordinary word; otherwise as it is. */
export function continueSentence(text: string, language: LetterLanguage): string {
  if (!opensWithOrdinaryCapital(text, language)) return text;
  return text.replace(/^([\s«“"(]*)(\p{Lu})/u, (_all, before: string, letter: string) => before + letter.toLocaleLowerCase(language));
}

/** Every ": " inside a text followed by an ordinary word with a capital, lowered ("for us: The other…" → "for us: the other…"). */
export function lowerAfterColons(text: string, language: LetterLanguage): string {
  return text.replace(/(?<=[\p{L}\p{N})»”’]: )[«“"(]*\p{Lu}/gu, (opening: string, offset: number, whole: string) =>
    opensWithOrdinaryCapital(whole.slice(offset), language) ? opening.toLocaleLowerCase(language) : opening,
  );
}

/** True when a paragraph ends with a colon: the next paragraph continues its sentence. */
export function endsWithColon(text: string): boolean {
  return /:\s*$/u.test(text);
}

/** A word with a capital after its first letter (CRM, eBay, GDPR): its capital is its own. */
const ownCapital = (word: string) => /\p{Lu}/u.test(word.replace(/\P{L}/gu, '').slice(1));

/**
 * The product's own sentence continuing one that ends with a colon (the FADP ground under "we
 * tell you why:"), lowered at its start whatever its first word ("Overriding interests of third
 * parties require it"), unless that word is an acronym or has a capital of its own, is the
 * Italian pronoun of courtesy, or opens a name (two capitalised words, the first not an
 * ordinary word: "Google Analytics").
 */
export function continueOwnSentence(text: string, language: LetterLanguage): string {
  const [word, next] = firstWords(text);
  if (word === null || !/^\p{Lu}/u.test(word) || ownCapital(word)) return text;
  if (language === 'it' && courtesyPronoun(word, next)) return text;
  if (next !== null && /^\p{Lu}/u.test(next) && !opensWithOrdinaryCapital(text, language)) return text;
  return text.replace(/^([\s«“"(]*)(\p{Lu})/u, (_all, before: string, letter: string) => before + letter.toLocaleLowerCase(language));
}

/**
 * The composed blocks with each of the template's own paragraphs that follows a paragraph ending
 * with a colon lowered at its start (`continueOwnSentence`); a paragraph that opens with a field
 * (what the DPO typed) is left to `polishBody`, which lowers only an ordinary word.
 */
export function continueOwnParagraphs(composed: LetterBlock[], template: readonly TemplateBlock[], language: LetterLanguage): LetterBlock[] {
  return composed.map((block, i) => {
    const before = composed[i - 1];
    const own = template[i];
    if (block.type !== 'paragraph' || before?.type !== 'paragraph' || !endsWithColon(before.text)) return block;
    if (own?.type !== 'paragraph' || own.text.trimStart().startsWith('{{')) return block;
    return { type: 'paragraph', text: continueOwnSentence(block.text, language) };
  });
}
