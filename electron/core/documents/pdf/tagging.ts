/**
 * Helpers for the structure tree: content drawn inside `tagged` belongs to a structure
 * element (P, H1, H2, …) under `parent`; content drawn inside `artifact` is page furniture
 * (rules, footers, page numbers) that assistive technology skips.
 */
export function tagged(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, type: string, draw: () => void): void {
  parent.add(doc.struct(type, {}, [draw]));
}

/** A group element (Div, Sect, L) whose children are added by `fill`. */
export function group(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, type: string, fill: (element: PDFKit.PDFStructureElement) => void): void {
  const element = doc.struct(type);
  parent.add(element);
  fill(element);
  element.end();
}

/** Draws page furniture marked as an artifact of the given kind. */
export function artifact(doc: PDFKit.PDFDocument, type: 'Pagination' | 'Layout' | 'Page', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/**
 * Writes each line as its own paragraph, so a reader hears "Via Roma 1", "20121 Milano"
 * rather than the lines run together (an address, a contact block).
 */
export function taggedLines(
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  lines: readonly string[],
  x: number,
  options: PDFKit.Mixins.TextOptions,
): void {
  for (const line of lines) {
    tagged(doc, parent, 'P', () => {
      doc.text(line, x, doc.y, options);
    });
  }
}
