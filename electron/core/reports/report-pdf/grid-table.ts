import { artifact, group, tagged } from '../../documents/pdf/tagging';
import type { ReportDocument } from './report-document';
import { COLOR, FONT, SIZE, TABLE_COLOR, bodyBottom, contentWidth } from './report-style';

/** A column of a figures table: its header, its share of the width and how its cells align. */
export interface GridColumn {
  header: string;
  weight: number;
  align?: 'left' | 'right';
}

const PAD = { x: 5, y: 3.6 } as const;

function rowHeight(doc: PDFKit.PDFDocument, cells: readonly string[], widths: readonly number[], bold: boolean): number {
  doc.font(bold ? FONT.bold : FONT.regular).fontSize(SIZE.table);
  const heights = cells.map((cell, i) => doc.heightOfString(cell === '' ? ' ' : cell, { width: (widths[i] ?? 0) - 2 * PAD.x }));
  return Math.max(...heights) + 2 * PAD.y;
}

/** A table of this many rows or fewer is kept whole on one page (review 4, D22), as a letter's short blocks are. */
const SHORT_TABLE = 6;
const CONTINUED_GAP = 4;

function columnWidths(report: ReportDocument, columns: readonly GridColumn[]): number[] {
  const g = report.geometry();
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  return columns.map((c) => (c.weight / total) * contentWidth(g));
}

/**
 * The room a heading keeps below it for its table: the whole table when it is short (six rows or fewer) and fits on a
 * page, so it is never split (review 4, D22); otherwise the header row and two rows, so a table never starts at a page's foot.
 */
export function gridKeep(report: ReportDocument, columns: readonly GridColumn[], rows: readonly string[][], wholeUpTo = SHORT_TABLE): number {
  const { doc } = report;
  const g = report.geometry();
  const widths = columnWidths(report, columns);
  const heights = [rowHeight(doc, columns.map((c) => c.header), widths, true), ...rows.map((cells) => rowHeight(doc, cells, widths, false))];
  const whole = heights.reduce((sum, h) => sum + h, 0);
  const page = bodyBottom(g) - g.margins.top - 60;
  if (rows.length <= wholeUpTo && whole <= page) return whole;
  return heights.slice(0, 3).reduce((sum, h) => sum + h, 0);
}

/**
 * A small table of figures (a few dozen rows at most): a header row in the accent colour,
 * striped rows, numbers aligned right, tagged Table/TR/TH/TD. A short table (`wholeUpTo` rows or fewer, six by
 * default) that does not fit moves whole to a new page. A row of a longer one that does not fit moves to a new page, which opens with
 * `continued` (its section and heading with "(continued)" / "(segue)", as a letter's continued table does; review 4,
 * D22) and the header row again; the last row never stands alone under a repeated header (the one before it moves
 * with it).
 */
export function drawGrid(
  report: ReportDocument,
  parent: PDFKit.PDFStructureElement,
  columns: readonly GridColumn[],
  rows: readonly string[][],
  continued: string,
  wholeUpTo = SHORT_TABLE,
): void {
  const { doc } = report;
  const g = report.geometry();
  const widths = columnWidths(report, columns);
  const x0 = g.margins.left;
  const headers = columns.map((c) => c.header);
  const whole = gridKeep(report, columns, rows, wholeUpTo);
  if (rows.length <= wholeUpTo && doc.y + whole > bodyBottom(g) && whole < bodyBottom(g) - g.margins.top) report.addPage(g);
  const continuedLine = () =>
    artifact(doc, 'Pagination', () => {
      doc.font(FONT.bold).fontSize(SIZE.small).fillColor(COLOR.muted).text(continued, x0, doc.y, { width: contentWidth(g) });
      doc.y += CONTINUED_GAP;
    });

  const drawRow = (tr: PDFKit.PDFStructureElement, cells: readonly string[], kind: 'header' | 'odd' | 'even') => {
    const height = rowHeight(doc, cells, widths, kind === 'header');
    const top = doc.y;
    artifact(doc, 'Layout', () => {
      if (kind !== 'odd') doc.rect(x0, top, contentWidth(g), height).fillColor(kind === 'header' ? TABLE_COLOR.header : TABLE_COLOR.stripe).fill();
      doc.moveTo(x0, top + height).lineTo(x0 + contentWidth(g), top + height).lineWidth(0.4).strokeColor(TABLE_COLOR.rule).stroke();
    });
    let x = x0;
    cells.forEach((cell, i) => {
      const width = widths[i] ?? 0;
      tagged(doc, tr, kind === 'header' ? 'TH' : 'TD', () => {
        doc.font(kind === 'header' ? FONT.bold : FONT.regular).fontSize(SIZE.table).fillColor(kind === 'header' ? TABLE_COLOR.headerText : COLOR.ink);
        doc.text(cell === '' ? ' ' : cell, x + PAD.x, top + PAD.y, { width: width - 2 * PAD.x, align: columns[i]?.align ?? 'left' });
      });
      x += width;
    });
    doc.x = x0;
    doc.y = top + height;
  };

  group(doc, parent, 'Table', (table) => {
    group(doc, table, 'TR', (tr) => drawRow(tr, headers, 'header'));
    const height = (i: number) => rowHeight(doc, rows[i] ?? [], widths, false);
    rows.forEach((cells, i) => {
      // A row that does not fit moves on; so does the last but one when the last would be left alone on the next page.
      const lastTwoSplit = i > 0 && i === rows.length - 2 && doc.y + height(i) + height(i + 1) > bodyBottom(g);
      if (doc.y + height(i) > bodyBottom(g) || lastTwoSplit) {
        report.addPage(g);
        continuedLine();
        group(doc, table, 'TR', (tr) => drawRow(tr, headers, 'header'));
      }
      group(doc, table, 'TR', (tr) => drawRow(tr, cells, i % 2 === 0 ? 'odd' : 'even'));
    });
  });
  doc.y += 10;
}
