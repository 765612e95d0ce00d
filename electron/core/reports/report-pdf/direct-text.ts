import { encoderOf } from './glyph-encoder';

/** What pdfkit's document (0.20) offers here: its page and current font size and ascent. */
interface Current {
  page: { height: number; write(chunk: Uint8Array): void };
  _font: { ascender: number };
  _fontSize: number;
}

/** pdfkit's number format in content streams. */
const number = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * The content operators that show one line of `text` with its top-left at (`x`, `top`) in
 * the document's current font and size, as pdfkit's `text(text, x, top, { lineBreak: false })`
 * sets it (same glyphs, kerning and baseline), without shaping it anew; the font is added
 * to the page's resources. The caller writes them (with {@link writeContent}) inside the
 * marked content and colour it wants.
 */
export function textOperators(doc: PDFKit.PDFDocument, text: string, x: number, top: number): string {
  const current = doc as unknown as Current;
  const encoder = encoderOf(doc);
  const font = encoder.useOn(current.page as unknown as { fonts: Record<string, unknown> });
  const size = current._fontSize;
  const y = current.page.height - top - (current._font.ascender / 1000) * size;
  return `q\n1 0 0 -1 0 ${number(current.page.height)} cm\nBT\n1 0 0 1 ${number(x)} ${number(y)} Tm\n/${font} ${number(size)} Tf\n${encoder.encode(text).tj} TJ\nET\nQ\n`;
}

/** The width of `text` in the document's current font and size, as pdfkit's `widthOfString` gives it. */
export function textWidth(doc: PDFKit.PDFDocument, text: string): number {
  return (encoderOf(doc).width(text) * (doc as unknown as Current)._fontSize) / 1000;
}

/** Writes content operators (ASCII) to the current page's content stream. */
export function writeContent(doc: PDFKit.PDFDocument, content: string): void {
  (doc as unknown as Current).page.write(Buffer.from(content, 'latin1'));
}
