import PDFDocument from 'pdfkit';

/**
 * A hand-made tagged PDF, for showing what a layout check fails: `draw` places its text and
 * structure elements under the document's root element; the PDF's bytes once it is ended.
 */
export function taggedPdf(draw: (doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement) => void): Promise<Buffer> {
  const doc = new PDFDocument({ tagged: true, pdfVersion: '1.7' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const root = doc.struct('Document');
  doc.addStructure(root);
  draw(doc, root);
  root.end();
  doc.end();
  return done;
}
