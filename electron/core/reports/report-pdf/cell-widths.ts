/** More distinct texts than this and the widths are forgotten and measured afresh. */
const KEPT = 20_000;

/**
 * The widths of a register's cell texts in one font and size, each measured once: dates,
 * statuses and outcomes repeat on every page, and measuring a text lays out its glyphs
 * (pdfkit's own cache of those layouts is forgotten page by page to keep memory flat).
 * The caller sets the font before asking; bounded, so unique texts (references, names)
 * never make it grow with the register.
 */
export function cellWidths(doc: PDFKit.PDFDocument): (text: string) => number {
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      if (widths.size >= KEPT) widths.clear();
      width = doc.widthOfString(text);
      widths.set(text, width);
    }
    return width;
  };
}
