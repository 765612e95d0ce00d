import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { packObjects } from '../../electron/core/reports/report-pdf/packed-objects';
import { pdfaProblems } from '../support/pdfa-check';
import { tempDir } from './temp-vault';

/** A PDF whose JavaScript action and embedded-file name tree are packed in a compressed object stream, out of sight of a search of its bytes. */
function hiddenInObjectStream(): Promise<Buffer> {
  const doc = new PDFDocument({ pdfVersion: '1.7', tagged: true, lang: 'en-GB' });
  packObjects(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.text('A page');
  // Objects of their own, written as pdfkit ends them (`end()` without data).
  const written = (data: object) => (doc.ref(data) as unknown as { end(): void }).end();
  written({ S: 'JavaScript', JS: new String('app.alert(1)') });
  written({ EmbeddedFiles: { Names: [] } });
  doc.end();
  return done;
}

describe('the PDF/A check', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('finds what a compressed object stream holds, not only what the bytes show', async () => {
    const pdf = await hiddenInObjectStream();
    const bytes = pdf.toString('latin1');
    expect(bytes).toContain('/Type /ObjStm');
    expect(bytes).not.toContain('/JavaScript');
    expect(bytes).not.toContain('/EmbeddedFiles');
    expect(pdfaProblems(pdf, tmp.dir)).toEqual(expect.arrayContaining(['JavaScript', 'embedded files']));
  });
});
