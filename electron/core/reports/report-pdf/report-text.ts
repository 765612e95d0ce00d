import { tagged } from '../../documents/pdf/tagging';
import { tieCitations } from '../../documents/pdf/typography';
import type { ReportDocument } from './report-document';
import { COLOR, FONT, SIZE, bodyBottom, contentWidth } from './report-style';

/** Starts a new page of the same shape when fewer than `needed` points are left. */
export function ensureRoom(report: ReportDocument, needed: number): void {
  const g = report.geometry();
  if (report.doc.y + needed > bodyBottom(g)) report.addPage(g);
}

const HEADINGS = { H1: { size: SIZE.heading, gap: 14, color: COLOR.accent }, H2: { size: SIZE.subheading, gap: 8, color: COLOR.ink } } as const;

/**
 * A section (H1) or table (H2) heading, kept on the page of the `keep` points that follow
 * it (a table's first rows, a chart).
 */
export function heading(report: ReportDocument, parent: PDFKit.PDFStructureElement, level: keyof typeof HEADINGS, text: string, keep = 60): void {
  const { doc } = report;
  const g = report.geometry();
  const style = HEADINGS[level];
  ensureRoom(report, style.gap + style.size * 1.4 + keep);
  if (doc.y > g.margins.top + 1) doc.y += style.gap;
  tagged(doc, parent, level, () => {
    doc.font(FONT.bold).fontSize(style.size).fillColor(style.color).text(tieCitations(text), g.margins.left, doc.y, { width: contentWidth(g) });
  });
  doc.y += 4;
}

/** A paragraph of body text across the page. */
export function paragraph(report: ReportDocument, parent: PDFKit.PDFStructureElement, text: string, options: { size?: number; color?: string } = {}): void {
  const { doc } = report;
  const g = report.geometry();
  const size = options.size ?? SIZE.body;
  doc.font(FONT.regular).fontSize(size);
  ensureRoom(report, doc.heightOfString(text, { width: contentWidth(g), lineGap: 1.5 }));
  // A new page draws its footer in the footer's size: the paragraph's own font is set again after it.
  tagged(doc, parent, 'P', () => {
    doc.font(FONT.regular).fontSize(size).fillColor(options.color ?? COLOR.ink).text(tieCitations(text), g.margins.left, doc.y, { width: contentWidth(g), lineGap: 1.5 });
  });
  doc.y += 6;
}
