import type PDFDocument from 'pdfkit';

/** Collects a pdfkit document's output into one buffer once `end()` has been called. */
export function pdfToBuffer(doc: PDFKit.PDFDocument | InstanceType<typeof PDFDocument>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
