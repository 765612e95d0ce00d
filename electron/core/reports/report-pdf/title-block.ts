import { artifact, group, tagged } from '../../documents/pdf/tagging';
import type { AuditReport } from '../audit-report-types';
import type { ReportDocument } from './report-document';
import { COLOR, FONT, SIZE, contentWidth } from './report-style';
import type { ReportWords } from './report-words';

/**
 * The top of page 1: the organisation, the report's title, and who, what period, which
 * time zone and when, as label/value lines; then how the figures count, and a rule.
 */
export function drawTitleBlock(report: ReportDocument, root: PDFKit.PDFStructureElement, data: AuditReport, w: ReportWords): void {
  const { doc } = report;
  const g = report.geometry();
  const x = g.margins.left;
  const width = contentWidth(g);
  group(doc, root, 'Div', (block) => {
    if (data.organisation) {
      tagged(doc, block, 'P', () => {
        doc.font(FONT.bold).fontSize(SIZE.subheading + 2).fillColor(COLOR.accent).text(data.organisation ?? '', x, doc.y, { width });
      });
      doc.y += 10;
    }
    tagged(doc, block, 'H1', () => {
      doc.font(FONT.bold).fontSize(SIZE.title).fillColor(COLOR.ink).text(w.t('title'), x, doc.y, { width });
    });
    tagged(doc, block, 'P', () => {
      doc.font(FONT.regular).fontSize(SIZE.subtitle).fillColor(COLOR.muted).text(w.t('subtitle'), x, doc.y + 2, { width });
    });
    doc.y += 14;
    const local = w.instant(data.generatedAt);
    const today = local.slice(0, 10);
    const generated = `${w.date(today)}, ${local.slice(11)} (${data.timeZone})`;
    // A period that has not ended yet is reported "to date": its figures stop at the day of the report.
    const range = { 'range.from': w.date(data.from), 'range.to': w.date(data.to), 'range.today': w.date(today) };
    const lines: [string, string][] = [
      ...(data.organisation ? [[w.t('organisation'), data.organisation] as [string, string]] : []),
      [w.t('period'), data.to > today ? w.t('periodToDate', range) : w.t('periodValue', range)],
      [w.t('timeZone'), data.timeZone],
      [w.t('generatedAt'), generated],
    ];
    for (const [label, value] of lines) {
      const top = doc.y;
      tagged(doc, block, 'P', () => {
        doc.font(FONT.bold).fontSize(SIZE.body).fillColor(COLOR.muted).text(`${label}:`, x, top, { width: 110, continued: false });
        doc.font(FONT.regular).fillColor(COLOR.ink).text(value, x + 110, top, { width: width - 110 });
      });
      doc.y += 2;
    }
    doc.y += 6;
    tagged(doc, block, 'P', () => {
      doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted).text(w.t('basis'), x, doc.y, { width });
    });
  });
  const ruleY = doc.y + 8;
  artifact(doc, 'Layout', () => {
    doc.moveTo(x, ruleY).lineTo(x + width, ruleY).lineWidth(0.8).strokeColor(COLOR.accent).stroke();
  });
  doc.y = ruleY + 6;
}
