import { describe, expect, it } from 'vitest';
import { drawGrid, type GridColumn } from './grid-table';
import { createReportDocument } from './report-document';
import { FONT, PORTRAIT, SIZE, bodyBottom } from './report-style';

const columns: GridColumn[] = [{ header: 'Measure', weight: 70 }, { header: 'Value', weight: 30, align: 'right' }];
const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Row ${i + 1}`, String(i + 1)]);

describe('a figures table across a page break', () => {
  const CONTINUED = 'Breaches — Breaches by cause (continued)';
  const setUp = () => {
    const report = createReportDocument({ language: 'en', title: 'Grid', subject: 'Grid', author: 'DPO Desk', keywords: [], createdAt: new Date(0), furniture: null });
    report.doc.on('data', () => undefined);
    const drawn = (n: number) => {
      report.addPage(PORTRAIT);
      const top = report.doc.y;
      drawGrid(report, report.root, columns, rows(n), CONTINUED);
      return report.doc.y - top;
    };
    const one = drawn(1);
    const row = drawn(2) - one;
    const header = one - row - 10;
    report.doc.font(FONT.bold).fontSize(SIZE.small);
    const continued = report.doc.heightOfString(CONTINUED, { width: 500 }) + 4;
    return { report, row, header, continued };
  };

  it('never leaves its last row alone under a repeated header, and opens the new page with its heading and "(continued)" (review 4, D22)', () => {
    const { report, row, header, continued } = setUp();
    // Room for the header and seven rows and a half: the eighth does not fit.
    report.addPage(PORTRAIT);
    report.doc.y = bodyBottom(PORTRAIT) - (header + 7.5 * row);
    const before = report.pages();
    drawGrid(report, report.root, columns, rows(8), CONTINUED);
    expect(report.pages()).toBe(before + 1);
    // The new page holds the continued heading, the repeated header and two rows (7 and 8), not the eighth alone.
    expect(report.doc.y - PORTRAIT.margins.top).toBeCloseTo(continued + header + 2 * row + 10, 3);
    report.doc.end();
  });

  it('keeps a short table (six rows or fewer) whole: moved to the next page, not split', () => {
    const { report, row, header } = setUp();
    report.addPage(PORTRAIT);
    report.doc.y = bodyBottom(PORTRAIT) - (header + 4.5 * row);
    const before = report.pages();
    drawGrid(report, report.root, columns, rows(6), CONTINUED);
    expect(report.pages()).toBe(before + 1);
    // The whole table on the new page, under its header, with no "(continued)".
    expect(report.doc.y - PORTRAIT.margins.top).toBeCloseTo(header + 6 * row + 10, 3);
    report.doc.end();
  });
});
