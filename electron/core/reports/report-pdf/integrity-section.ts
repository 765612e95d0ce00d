import { artifact, group, tagged } from '../../documents/pdf/tagging';
import type { AuditIntegrity } from '../audit-report-types';
import type { ReportDocument } from './report-document';
import { ensureRoom, paragraph } from './report-text';
import { COLOR, FONT, MONO, SIZE, contentWidth } from './report-style';
import type { ReportWords } from './report-words';

/**
 * The integrity statement: the audit chain verified (or where it breaks), in a sentence and
 * as a framed record of the verdict, the number of events and the head hash in full.
 */
export function drawIntegrity(report: ReportDocument, parent: PDFKit.PDFStructureElement, integrity: AuditIntegrity, w: ReportWords): void {
  const { doc } = report;
  const statement = integrity.ok
    ? w.t('integrityOk', { 'audit.events': w.count(integrity.eventCount) })
    : w.t('integrityBroken', { 'audit.seq': String(integrity.firstBreak?.seq ?? '?'), 'audit.reason': integrity.firstBreak?.reason ?? '' });
  paragraph(report, parent, statement);
  const g = report.geometry();
  const lines: [string, string, boolean][] = [
    [w.t('verified'), integrity.ok ? w.t('yes') : w.t('no'), false],
    [w.t('events'), w.count(integrity.eventCount), false],
    [w.t('headHash'), integrity.headHash, true],
  ];
  const height = lines.length * 15 + 14;
  ensureRoom(report, height + 8);
  const top = doc.y + 2;
  artifact(doc, 'Layout', () => {
    doc.roundedRect(g.margins.left, top, contentWidth(g), height, 4).lineWidth(1).strokeColor(integrity.ok ? COLOR.accent : '#b42318').stroke();
  });
  group(doc, parent, 'Div', (box) => {
    lines.forEach(([label, value, mono], i) => {
      const y = top + 8 + i * 15;
      tagged(doc, box, 'P', () => {
        doc.font(FONT.bold).fontSize(SIZE.table).fillColor(COLOR.muted).text(`${label}:`, g.margins.left + 10, y, { width: 120, lineBreak: false });
        doc.font(mono ? MONO : FONT.regular).fontSize(mono ? SIZE.table - 0.5 : SIZE.table).fillColor(integrity.ok || i > 0 ? COLOR.ink : '#b42318');
        doc.text(value, g.margins.left + 132, y, { width: contentWidth(g) - 142, lineBreak: false });
      });
    });
  });
  doc.x = g.margins.left;
  doc.y = top + height + 10;
}
