import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createReportDocument } from './report-document';
import { paragraph } from './report-text';
import { PORTRAIT, SIZE, bodyBottom } from './report-style';

const dir = mkdtempSync(join(tmpdir(), 'report-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The height poppler gives each word of the page's body (the footer left out), by page. */
function wordHeights(pdf: Buffer): Map<string, number>[] {
  const file = join(dir, 'paragraphs.pdf');
  writeFileSync(file, pdf);
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const words = [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)];
      return new Map(words.filter((m) => Number(m[1]) < bodyBottom(PORTRAIT)).map((m) => [m[3] ?? '', Number(m[2]) - Number(m[1])]));
    });
}

describe('a paragraph of the report moved to a new page', () => {
  it('keeps its own size, not the footer’s the new page was drawn in (review C42)', async () => {
    const report = createReportDocument({
      language: 'en', title: 'Paragraphs', subject: 'Paragraphs', author: 'DPO Desk', keywords: [], createdAt: new Date(0),
      furniture: { footer: 'Footer', pageLabel: (n) => `Page ${n} of 2` },
    });
    const chunks: Buffer[] = [];
    report.doc.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve) => report.doc.on('end', resolve));
    report.addPage(PORTRAIT);
    paragraph(report, report.root, 'Alpha first body paragraph.');
    paragraph(report, report.root, 'Gamma first small note.', { size: SIZE.small });
    // Two lines' room left: each paragraph below needs three, so the first moves to a new page, the second follows it there.
    report.doc.y = bodyBottom(PORTRAIT) - 2 * SIZE.body * 1.3;
    const long = (word: string) => `${word} ${'words of a paragraph long enough to run over three lines of the page, '.repeat(4)}`;
    paragraph(report, report.root, long('Beta'));
    paragraph(report, report.root, long('Delta'), { size: SIZE.small });
    report.doc.end();
    await ended;
    const pages = wordHeights(Buffer.concat(chunks));
    expect(pages).toHaveLength(2);
    const [first, second] = pages;
    expect(second?.has('Alpha')).toBe(false);
    expect(second?.get('Beta')).toBeCloseTo(first?.get('Alpha') ?? 0, 1);
    expect(second?.get('Delta')).toBeCloseTo(first?.get('Gamma') ?? 0, 1);
    expect(first?.get('Gamma') ?? 0).toBeLessThan(first?.get('Alpha') ?? 0);
  });
});
