import { textWidth } from './direct-text';

/**
 * A text broken into lines no wider than `width` in the document's current font and size,
 * between words (at spaces; a line break in the text ends a line), each word measured once
 * (kerned within itself, as pdfkit kerns it), without pdfkit's line wrapper: a text of
 * thousands of lines (a list naming every request open past its deadline) is measured in
 * one pass, its words not shaped and kept one by one. A word wider than the line has a
 * line of its own.
 */
export function wrapLines(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  const lines: string[] = [];
  const space = textWidth(doc, ' ');
  for (const paragraph of text.split('\n')) {
    let words: string[] = [];
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const w = textWidth(doc, word);
      if (words.length > 0 && used + space + w > width) {
        lines.push(words.join(' '));
        words = [];
        used = 0;
      }
      used += (words.length > 0 ? space : 0) + w;
      words.push(word);
    }
    lines.push(words.join(' '));
  }
  return lines;
}
