import { encoderOf } from './glyph-encoder';

/** More distinct texts than this and the measures are forgotten and taken afresh. */
const KEPT = 20_000;

/** A text's width on one line, and its height wrapped to a column's room. */
export interface CellMeasures {
  width(text: string): number;
  height(text: string, room: number): number;
}

/** A map that forgets everything once it holds {@link KEPT} entries. */
function bounded<T>(measure: (key: string) => T): (key: string) => T {
  const kept = new Map<string, T>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      if (kept.size >= KEPT) kept.clear();
      value = measure(key);
      kept.set(key, value);
    }
    return value;
  };
}

/**
 * The measures of a register's cell texts in the document's current font and size: a
 * width from the font's {@link encoderOf} glyphs and pair kerning, without shaping the text
 * anew (in the font set when this is made); a wrapped height from pdfkit's line wrapper,
 * each taken once (bounded, so unique texts never make it grow with the register), in the
 * font the caller has set before asking.
 */
export function cellMeasures(doc: PDFKit.PDFDocument): CellMeasures {
  const encoder = encoderOf(doc);
  const size = (doc as unknown as { _fontSize: number })._fontSize;
  const height = bounded((key) => {
    const cut = key.indexOf('\u0000');
    return doc.heightOfString(key.slice(cut + 1), { width: Number(key.slice(0, cut)) });
  });
  return { width: (text) => (encoder.width(text) * size) / 1000, height: (text, room) => height(`${room}\u0000${text}`) };
}
