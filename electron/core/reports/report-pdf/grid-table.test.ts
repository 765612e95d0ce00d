import { describe, expect, it } from 'vitest';
import { drawGrid, type GridColumn } from './grid-table';
import { createReportDocument } from './report-document';
import { PORTRAIT, bodyBottom } from './report-style';

const columns: GridColumn[] = [{ header: 'Measure', weight: 70 }, { header: 'Value', weight: 30, align: 'right' }];
const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Row ${i + 1}`, String(i + 1)]);

describe('a figures table across a page break', () => {
  it('never leaves its last row alone under a repeated header: the row before it moves too', () => {
    const report = createReportDocument({ language: 'en', title: 'Grid', subject: 'Grid', author: 'DPO Desk', keywords: [], createdAt: new Date(0), furniture: null });
    report.doc.on('data', () => undefined);
    const drawn = (n: number) => {
      report.addPage(PORTRAIT);
      const top = report.doc.y;
      drawGrid(report, report.root, columns, rows(n));
      return report.doc.y - top;
    };
    const one = drawn(1);
    const row = drawn(2) - one;
    const header = one - row - 10;
    // Room for the header and four rows and a half: the fifth does not fit.
    report.addPage(PORTRAIT);
    report.doc.y = bodyBottom(PORTRAIT) - (header + 4.5 * row);
    const before = report.pages();
    drawGrid(report, report.root, columns, rows(5));
    expect(report.pages()).toBe(before + 1);
    // The new page holds the repeated header and two rows (4 and 5), not the fifth alone.
    expect(report.doc.y - PORTRAIT.margins.top).toBeCloseTo(header + 2 * row + 10, 3);
    report.doc.end();
  });
});
