import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { batchOutput } from './batched-output';

/** A tagged table of `rows` rows over several pages, written out; the chunks pdfkit emitted, joined. */
async function tableDocument(rows: number, lean: boolean): Promise<{ bytes: Buffer; chunks: number }> {
  const doc = new PDFDocument({ autoFirstPage: false, tagged: true, compress: true, info: { CreationDate: new Date('2026-12-01T10:00:00Z') } });
  if (lean) batchOutput(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  const root = doc.struct('Document');
  doc.addStructure(root);
  const table = doc.struct('Table');
  root.add(table);
  const page = () => doc.addPage({ size: 'A4', margin: 40 });
  page();
  for (let i = 0; i < rows; i++) {
    if (i > 0 && i % 40 === 0) page();
    const tr = doc.struct('TR');
    table.add(tr);
    for (const cell of [`2026-${String(i).padStart(4, '0')}`, 'GDPR', i % 3 === 0 ? '' : 'Accès, Portabilità']) {
      tr.add(doc.struct('TD', {}, [() => doc.text(cell, 50, 50 + (i % 40) * 18, { lineBreak: false })]));
    }
    tr.end();
  }
  table.end();
  root.end();
  doc.end();
  await done;
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
}

describe("the report's leaner pdfkit output", () => {
  it('writes the same bytes as pdfkit alone, in far fewer chunks', async () => {
    const plain = await tableDocument(200, false);
    const lean = await tableDocument(200, true);
    expect(lean.bytes.equals(plain.bytes)).toBe(true);
    expect(lean.bytes.toString('latin1')).toContain('/ParentTree');
    expect(lean.chunks * 20).toBeLessThan(plain.chunks);
  });
});
