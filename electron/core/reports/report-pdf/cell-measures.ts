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
 * The measures of a register's cell texts in one font and size, each taken once: dates,
 * statuses, outcomes and type lists repeat on every page, and measuring a text lays out its
 * glyphs (pdfkit's own cache of those layouts is forgotten page by page to keep memory flat),
 * wrapping one runs pdfkit's line wrapper. The caller sets the font before asking; bounded,
 * so unique texts (references, names) never make it grow with the register.
 */
export function cellMeasures(doc: PDFKit.PDFDocument): CellMeasures {
  const width = bounded((text) => doc.widthOfString(text));
  const height = bounded((key) => {
    const cut = key.indexOf('\u0000');
    return doc.heightOfString(key.slice(cut + 1), { width: Number(key.slice(0, cut)) });
  });
  return { width, height: (text, room) => height(`${room}\u0000${text}`) };
}
