import { BODY_BOTTOM, MARGIN } from './letter-style';

/**
 * Where a paragraph may be cut: after a sentence's end, before a capital (not inside "art. 7, par. 3"),
 * at a breaking space only: a citation's no-break space ("Article 26(4) FADP", tied by `tieCitations`) is
 * never a sentence's end, or "(Article 26(4)" would end a page and "FADP)." open the next.
 */
const SENTENCE_END = /(?<=[.!?;:»”)])[^\S\u00a0]+(?=[«“"(]?\p{Lu})/gu;

/** The paragraph's sentences, each with the space that followed it kept, so joined they give the text back. */
function sentences(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    parts.push(text.slice(start, end));
    start = end;
  }
  parts.push(text.slice(start));
  return parts;
}

/** A paragraph of one sentence, which `splitForClosing` can never cut. */
export function isOneSentence(text: string): boolean {
  return sentences(text).length === 1;
}

/**
 * Where to cut a letter's last paragraph when it and the closing block do not fit in the
 * room left on the page: the most leading sentences that fill the page (at least two lines,
 * `minHead`), the rest carried over to the next page with the closing, so that page never
 * holds the closing alone and the page before is not left half empty. `height` measures a
 * text as drawn. Null when no cut works (one sentence, or a tail that would not fit on a
 * page with the closing): the caller then moves the paragraph whole, or lets it run.
 */
export function splitForClosing(text: string, top: number, closingHeight: number, minHead: number, height: (text: string) => number): { head: string; tail: string } | null {
  const parts = sentences(text);
  const room = BODY_BOTTOM - top;
  const page = BODY_BOTTOM - MARGIN.top;
  for (let k = parts.length - 1; k >= 1; k--) {
    const head = parts.slice(0, k).join('').trimEnd();
    const tail = parts.slice(k).join('');
    const headHeight = height(head);
    if (headHeight > room) continue;
    if (headHeight < minHead || height(tail) + closingHeight > page) return null;
    return { head, tail };
  }
  return null;
}
