import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RegisterTable, type RegisterSpec } from './register-table';
import { createReportDocument } from './report-document';

const dir = mkdtempSync(join(tmpdir(), 'parent-tree-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPEC: RegisterSpec = {
  title: '5. Requests register',
  continued: '5. Requests register (continued)',
  note: 'Every request received in the period.',
  empty: 'No request.',
  columns: [
    { header: 'Reference', weight: 2 },
    { header: 'Status', weight: 2 },
    { header: 'Days', weight: 1, align: 'right' },
  ],
};

/** A register of `rows` rows drawn on numbered pages (a wrapped cell now and then), written out and uncompressed by qpdf: its objects by number. */
async function register(rows: number): Promise<{ file: string; objects: Map<number, string> }> {
  const report = createReportDocument({ language: 'en', title: 'Tree', subject: 'Tree', author: 'DPO Desk', keywords: [], createdAt: new Date(0), furniture: { footer: 'DPO Desk', pageLabel: (n) => `Page ${n}` } });
  const chunks: Buffer[] = [];
  report.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => report.doc.on('end', resolve));
  const section = report.doc.struct('Sect');
  report.root.add(section);
  const table = new RegisterTable(report, section, SPEC, true);
  table.start(null);
  for (let i = 0; i < rows; i++) table.row([`2026-${String(i).padStart(5, '0')}`, i % 50 === 0 ? 'Closed after a long exchange with the data subject about the identity check' : 'Open', String(i % 30)]);
  table.finish();
  section.end();
  report.root.end();
  report.doc.end();
  await ended;
  const file = join(dir, `register-${rows}.pdf`);
  writeFileSync(file, Buffer.concat(chunks));
  const plain = join(dir, `register-${rows}-plain.pdf`);
  execFileSync('qpdf', ['--object-streams=disable', '--stream-data=uncompress', file, plain]);
  const objects = new Map<number, string>();
  for (const m of readFileSync(plain, 'latin1').matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2] as string);
  return { file, objects };
}

const refs = (text: string): number[] => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

describe('the structure parent tree written in leaves as pages finish', () => {
  it('maps every marked content of every page to the element that holds it, through leaves in key order', async () => {
    const { file, objects } = await register(1500);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    const root = [...objects.values()].find((o) => /\/Type \/StructTreeRoot/.test(o)) ?? '';
    const kids = /\/ParentTree <<\s*\/Kids \[([^\]]*)\]/.exec(root)?.[1];
    expect(kids).toBeDefined();
    const leaves = refs(kids ?? '');
    // 1,500 rows take some 40 pages: two leaves of 16 finished pages and the rest in a last one.
    expect(leaves.length).toBeGreaterThanOrEqual(3);
    const entries = new Map<number, (number | null)[]>();
    let previous = -1;
    for (const leaf of leaves) {
      const text = objects.get(leaf) ?? '';
      const [low, high] = (/\/Limits \[\s*(\d+)\s+(\d+)\s*\]/.exec(text) ?? []).slice(1).map(Number) as [number, number];
      expect(low).toBeGreaterThan(previous);
      previous = high;
      const nums = /\/Nums \[([\s\S]*)\]\s*>>/.exec(text)?.[1] ?? '';
      for (const m of nums.matchAll(/(\d+)\s*\[([^\]]*)\]/g)) {
        const key = Number(m[1]);
        expect(key).toBeGreaterThanOrEqual(low);
        expect(key).toBeLessThanOrEqual(high);
        entries.set(key, (m[2] as string).trim().split(/\s+(?=\d+ 0 R|null)/).filter((e) => e !== '').map((e) => (e === 'null' ? null : Number(e.split(' ')[0]))));
      }
    }
    const pages = [...objects.entries()].filter(([, o]) => /\/Type \/Page\b/.test(o));
    expect(pages.length).toBeGreaterThan(32);
    let marked = 0;
    for (const [id, page] of pages) {
      const key = Number(/\/StructParents (\d+)/.exec(page)?.[1]);
      const content = objects.get(Number(/\/Contents (\d+) 0 R/.exec(page)?.[1])) ?? '';
      const mcids = [...content.matchAll(/\/MCID (\d+)/g)].map((m) => Number(m[1]));
      const entry = entries.get(key) ?? [];
      expect(entry.length).toBe(mcids.length);
      for (const mcid of mcids) {
        const element = objects.get(entry[mcid] ?? 0) ?? '';
        expect(element).toMatch(/\/S \/(TD|TH|P|H1)/);
        expect(element).toMatch(new RegExp(`/Pg ${id} 0 R`));
        expect(element).toMatch(new RegExp(`/K \\[[^\\]]*\\b${mcid}\\b`));
        marked += 1;
      }
    }
    expect(marked).toBeGreaterThan(4500);
  });
});
