import type { LetterBlock, LetterBody, LetterLanguage } from '../../../shared/document-contract';
import { addEuphonicD } from './euphonic-d';
import { elideItalianArticles } from './italian-elision';
import { pluraliseArticlePairs } from './plural-articles';
import { defineRegulationOnce } from './regulation-definition';
import { continueSentence, endsWithColon, lowerAfterColons } from './after-colon';

/**
 * Full stops doubled where a field that ends with one meets the template's own ("…as
 * agreed.." → "…as agreed."); an ellipsis ("...", "…") is kept. Also the space left
 * before a full stop or comma.
 */
export function collapseDoubledStops(text: string): string {
  return text.replace(/(?<!\.)\.\s*\.(?!\.)/g, '.').replace(/([^\s.])[ \t]+([.,;:](?:\s|$))/g, '$1$2');
}

/** One text of a letter, made right for its language: doubled stops, Italian elision and the euphonic d, two articles cited as "artt.". */
export function polishSentence(text: string, language: LetterLanguage): string {
  // What follows a colon inside a sentence goes on in lower case when it opens with an ordinary word (tenth review, K28).
  const collapsed = lowerAfterColons(collapseDoubledStops(text), language);
  return language === 'it' ? addEuphonicD(elideItalianArticles(pluraliseArticlePairs(collapsed))) : collapsed;
}

/**
 * A paragraph opens with a capital: the DPO's text printed as a paragraph of its own under a
 * heading ("le Vostre istruzioni: …" under "Che cosa ci serve") starts a sentence there
 * (review 5, E22). Lists keep their items as typed: they continue a lead-in.
 */
function capitaliseParagraph(text: string): string {
  return text.replace(/^(\s*)(\p{Ll})/u, (_match, space: string, letter: string) => `${space}${letter.toLocaleUpperCase()}`);
}

/**
 * The grammar every letter shares, applied once to the composed body (so the DPO sees and
 * edits the corrected text): each text polished for its language, a paragraph opening with
 * a capital (unless it continues a paragraph ending with a colon), an ordinary word after a
 * colon in lower case, and the Regulation named in full at its first mention in the body.
 * Idempotent.
 */
export function polishBody(body: LetterBody, language: LetterLanguage): LetterBody {
  const texts: string[] = [];
  const collect = (t: string) => texts.push(polishSentence(t, language)) - 1;
  type Shape = { kind: 'list'; items: number[] } | { kind: 'table'; rows: { label: number; value: number }[] } | { kind: 'heading' | 'paragraph'; text: number };
  // A paragraph under one ending with a colon continues its sentence: not capitalised, and lowered when it opens with an ordinary word (tenth review, K5).
  const opening = (text: string, before: LetterBlock | undefined) =>
    before?.type === 'paragraph' && endsWithColon(before.text) ? continueSentence(text, language) : capitaliseParagraph(text);
  const shapes: Shape[] = body.blocks.map((block, i): Shape => {
    if (block.type === 'list') return { kind: 'list', items: block.items.map(collect) };
    if (block.type === 'table') return { kind: 'table', rows: block.rows.map((row) => ({ label: collect(row.label), value: collect(row.value) })) };
    return { kind: block.type, text: collect(block.type === 'paragraph' ? opening(block.text, body.blocks[i - 1]) : block.text) };
  });
  const defined = defineRegulationOnce(texts, language);
  const at = (i: number) => defined[i] as string;
  return {
    subject: polishSentence(body.subject, language),
    blocks: shapes.map((shape): LetterBlock => {
      if (shape.kind === 'list') return { type: 'list', items: shape.items.map(at) };
      if (shape.kind === 'table') return { type: 'table', rows: shape.rows.map((row) => ({ label: at(row.label), value: at(row.value) })) };
      return { type: shape.kind, text: at(shape.text) };
    }),
  };
}
