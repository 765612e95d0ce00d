import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegisterTable, type RegisterSpec } from './register-table';
import { createReportDocument, type ReportFurniture } from './report-document';

/** A register whose note names 2,000 requests open past the legal deadline, as section 7 does on a large vault (review 5, E25). */
const items = Array.from({ length: 2000 }, (_, i) => `2025-${String(i + 1).padStart(6, '0')} (due 2025-01-30, ${673 + (i % 9)} days overdue)`);
const SPEC: RegisterSpec = {
  title: '7. Requests answered late',
  continued: '7. Requests answered late (continued)',
  note: `Requests closed after a deadline: 1. Open past the legal deadline on 4 December 2026: ${items.join('; ')}.`,
  empty: 'No request was answered late.',
  columns: [
    { header: 'Reference', weight: 2 },
    { header: 'Days late', weight: 1, align: 'right' },
  ],
};

const documentOptions = (furniture: ReportFurniture | null) => ({ language: 'en' as const, title: 'Note', subject: 'Note', author: 'DPO Desk', keywords: [], createdAt: new Date(0), furniture });

/** The register laid out without drawing, as the report counts its pages: the pages and each row's height. */
function count(): { pages: number; heights: number[] } {
  const dry = createReportDocument(documentOptions(null));
  dry.doc.on('data', () => undefined);
  const heights: number[] = [];
  const table = new RegisterTable(dry, null, SPEC, false, heights);
  table.start(null);
  table.row(['2024-000001', '3']);
  table.finish();
  dry.doc.end();
  return { pages: table.pages(), heights };
}

/** The register drawn, every page numbered against the counted total: the file's bytes. */
async function draw(total: number, heights: number[]): Promise<Buffer> {
  const report = createReportDocument(documentOptions({ footer: 'DPO Desk · Audit report', pageLabel: (n) => `Page ${n} of ${total}` }));
  const chunks: Buffer[] = [];
  report.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => report.doc.on('end', resolve));
  const section = report.doc.struct('Sect');
  report.root.add(section);
  const table = new RegisterTable(report, section, SPEC, true, heights);
  table.start(null);
  table.row(['2024-000001', '3']);
  table.finish();
  section.end();
  report.root.end();
  report.doc.end();
  await ended;
  return Buffer.concat(chunks);
}

describe('a register note longer than a page (section 7 naming every request open past the deadline)', () => {
  it('flows over numbered pages the count foresaw, every item printed once, the table after it', async () => {
    const { pages, heights } = count();
    expect(pages).toBeGreaterThan(2);
    const dir = mkdtempSync(join(tmpdir(), 'register-note-'));
    try {
      const path = join(dir, 'note.pdf');
      writeFileSync(path, await draw(pages, heights));
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\n`));
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', path, '-'], { encoding: 'utf8' }).split('\f').slice(0, pages);
      // Every page carries its footer and "Page n of N", and the pages after the first say the register continues.
      text.forEach((page, i) => {
        expect(page).toContain(`Page ${i + 1} of ${pages}`);
        if (i > 0) expect(page).toContain(SPEC.continued);
      });
      const flat = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const item of [items[0], items[999], items[1999]]) expect(flat.split(item as string).length - 1).toBe(1);
      // The column headers and the row follow the note's last line.
      const after = flat.slice(flat.indexOf(`${items[1999]}.`));
      expect(after).toMatch(/Reference .*2024-000001/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
