import { describe, expect, it } from 'vitest';
import { artifact } from '../../documents/pdf/tagging';
import { createReportDocument } from './report-document';
import { COLOR, LANDSCAPE, TABLE_COLOR } from './report-style';
import { RowPaint } from './row-paint';

/** Runs `draw` and returns what it added to the current page's content, as text. */
function written(doc: PDFKit.PDFDocument, draw: () => void): string {
  const page = (doc as unknown as { page: { write(chunk: string | Uint8Array): void } }).page;
  const chunks: string[] = [];
  const write = page.write.bind(page);
  page.write = (chunk) => {
    chunks.push(typeof chunk === 'string' ? `${chunk}\n` : Buffer.from(chunk).toString('latin1'));
    write(chunk);
  };
  try {
    draw();
  } finally {
    delete (page as Partial<typeof page>).write;
  }
  return chunks.join('');
}

describe("a register row's stripe and ink as operators", () => {
  const setUp = () => {
    const report = createReportDocument({ language: 'en', title: 'Rows', subject: 'Rows', author: 'DPO Desk', keywords: [], createdAt: new Date(0), furniture: null });
    report.doc.on('data', () => undefined);
    report.addPage(LANDSCAPE);
    return { doc: report.doc, paint: new RowPaint(report.doc, TABLE_COLOR.stripe, COLOR.ink) };
  };
  const [left, top, width, height] = [36, 105.9164062, 769.89, 13.0792969];

  it("writes, for a striped row, the bytes pdfkit's own stripe artifact and fill colour write", () => {
    const { doc, paint } = setUp();
    const pdfkit = written(doc, () => {
      artifact(doc, 'Layout', () => doc.rect(left, top, width, height).fillColor(TABLE_COLOR.stripe).fill());
      doc.fillColor(COLOR.ink);
    });
    expect(pdfkit).toContain(' re\n');
    expect(paint.prefix(true, left, top, width, height)).toBe(pdfkit);
  });

  it("writes, for a plain row, pdfkit's fill colour alone, and leaves pdfkit's fill colour the ink either way", () => {
    const { doc, paint } = setUp();
    doc.fillColor(TABLE_COLOR.stripe);
    const pdfkit = written(doc, () => doc.fillColor(COLOR.ink));
    doc.fillColor(TABLE_COLOR.stripe);
    expect(paint.prefix(false, left, top, width, height)).toBe(pdfkit);
    expect((doc as unknown as { _fillColor: unknown[] })._fillColor[0]).toBe(COLOR.ink);
  });

  it('gives nothing while marked content is open on the page (pdfkit would close it first), so the row is drawn with pdfkit', () => {
    const { doc, paint } = setUp();
    doc.markContent('Span');
    expect(paint.prefix(true, left, top, width, height)).toBeNull();
    doc.endMarkedContent();
    expect(paint.prefix(true, left, top, width, height)).not.toBeNull();
  });
});
