import { textWidth } from './direct-text';

/**
 * A text broken into lines no wider than `width` in the document's current font and size,
 * between words (at spaces; a line break in the text ends a line), each word measured once
 * (kerned within itself, as pdfkit kerns it), without pdfkit's line wrapper: a text of
 * thousands of lines (a list naming every request open past its deadline) is measured in
 * one pass, its words not shaped and kept one by one. A word wider than the line has a
 * line of its own. Each line is the stretch of the text it covers, spaces inside it kept
 * as they are: the text is not split into a list of its words, which for a list naming
 * 50,000 requests held some 300,000 strings at once.
 */
export function wrapLines(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  const lines: string[] = [];
  const space = textWidth(doc, ' ');
  let paragraph = 0;
  for (;;) {
    const feed = text.indexOf('\n', paragraph);
    const paragraphEnd = feed < 0 ? text.length : feed;
    // The line being filled: where it starts and ends in the text, how many words it holds and how wide they are.
    let start = paragraph;
    let end = paragraph;
    let words = 0;
    let used = 0;
    for (let word = paragraph; ; ) {
      const blank = text.indexOf(' ', word);
      const wordEnd = blank < 0 || blank > paragraphEnd ? paragraphEnd : blank;
      const w = textWidth(doc, text.slice(word, wordEnd));
      if (words > 0 && used + space + w > width) {
        lines.push(text.slice(start, end));
        start = word;
        words = 0;
        used = 0;
      }
      used += (words > 0 ? space : 0) + w;
      words += 1;
      end = wordEnd;
      if (wordEnd === paragraphEnd) break;
      word = wordEnd + 1;
    }
    lines.push(text.slice(start, end));
    if (feed < 0) return lines;
    paragraph = feed + 1;
  }
}
