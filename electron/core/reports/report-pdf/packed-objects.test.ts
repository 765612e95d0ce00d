import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { plainObjects } from '../../../../test/support/pdf-objects';
import { batchOutput } from './batched-output';
import { packObjects } from './packed-objects';
import { RawObjects } from './raw-objects';

const dir = mkdtempSync(join(tmpdir(), 'packed-objects-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A tagged table of `rows` rows over several pages, as pdfkit writes it or with its objects
 * packed; when packed, each row followed by an empty row written as text ({@link RawObjects}).
 */
async function tableDocument(rows: number, packed: boolean): Promise<string> {
  const doc = new PDFDocument({ autoFirstPage: false, tagged: true, pdfVersion: '1.7', info: { Title: 'Registro – prova', CreationDate: new Date('2026-12-01T10:00:00Z') } });
  batchOutput(doc);
  const streams = packed ? packObjects(doc) : null;
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  const root = doc.struct('Document');
  doc.addStructure(root);
  const raw = streams ? new RawObjects(doc, streams, (root as unknown as { dictionary: object }).dictionary) : null;
  const table = doc.struct('Table');
  root.add(table);
  const { id: tableId, data: tableData } = (table as unknown as { dictionary: { id: number; data: { K?: unknown[] } } }).dictionary;
  const rawRows: number[] = [];
  for (let i = 0; i < rows; i++) {
    if (i % 40 === 0) doc.addPage({ size: 'A4', margin: 40 });
    const tr = doc.struct('TR');
    table.add(tr);
    for (const cell of [`2026-${String(i).padStart(4, '0')}`, i % 3 === 0 ? '' : 'Accès, Portabilità']) {
      tr.add(doc.struct('TD', {}, [() => doc.text(cell, 50 + cell.length * 10, 50 + (i % 40) * 18, { lineBreak: false })]));
    }
    tr.end();
    if (raw) {
      const id = raw.allocate();
      raw.begin(id).text(`<<\n/S /TR\n/P ${tableId} 0 R\n/K []\n>>`);
      raw.end();
      rawRows.push(id);
    }
  }
  table.end();
  if (raw) tableData.K = [...(tableData.K ?? []), raw.printed(rawRows.map((id) => `${id} 0 R`).join(' '))];
  root.end();
  doc.end();
  await done;
  const path = join(dir, `table-${rows}-${packed ? 'packed' : 'plain'}.pdf`);
  writeFileSync(path, Buffer.concat(chunks));
  return path;
}

const count = (text: string, what: RegExp) => text.match(what)?.length ?? 0;

describe("the report's objects packed in object streams, the file ended by a cross-reference stream", () => {
  it('reads as pdfkit alone writes it, every structure element in a compressed object stream, and qpdf finds it sound', async () => {
    const plain = await tableDocument(200, false);
    const packed = await tableDocument(200, true);
    const bytes = readFileSync(packed);
    const raw = bytes.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).not.toMatch(/^xref$|^trailer$/m);
    expect(raw).toMatch(/\/Type \/XRef[\s\S]*\/ID \[<[0-9a-f]+> <[0-9a-f]+>\][\s\S]*startxref\n\d+\n%%EOF\n$/);
    expect(raw).not.toMatch(/\/S \/T[DR]\b/);
    const unpacked = plainObjects(bytes).toString('latin1');
    expect([count(unpacked, /\/S \/TD\b/g), count(unpacked, /\/S \/TR\b/g)]).toEqual([400, 400]);
    expect(execFileSync('qpdf', ['--check', packed], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors found');
    const text = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    expect(text(packed)).toBe(text(plain));
    const info = execFileSync('pdfinfo', [packed], { encoding: 'utf8' });
    expect(info).toMatch(/^Title: +Registro – prova$/m);
    expect(info).toMatch(/^Tagged: +yes$/m);
    expect(info).toMatch(/^Pages: +5$/m);
    // qpdf's own reading of the objects, through the cross-reference stream and the object streams.
    const json = JSON.parse(execFileSync('qpdf', ['--json=1', '--json-key=objects', packed], { encoding: 'utf8' })) as { objects: Record<string, { '/S'?: string }> };
    expect(Object.values(json.objects).filter((o) => o?.['/S'] === '/TD')).toHaveLength(400);
    expect(Object.values(json.objects).filter((o) => o?.['/S'] === '/TR')).toHaveLength(400);
  });

  it('refuses to end the file when an object numbered for it was never written, rather than leave it out', () => {
    const doc = new PDFDocument({ pdfVersion: '1.7' });
    const streams = packObjects(doc);
    doc.on('data', () => undefined);
    const root = doc.struct('Document');
    doc.addStructure(root);
    new RawObjects(doc, streams, (root as unknown as { dictionary: object }).dictionary).allocate();
    root.end();
    expect(() => doc.end()).toThrow(/Object \d+ of the PDF was never written/);
  });
});
