import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfToBuffer } from '../../electron/core/documents/pdf-to-buffer';
import { renderRecoverySheet } from '../../electron/core/documents/recovery-sheet';
import { pdfaProblems } from '../support/pdfa-check';
import { tempDir } from './temp-vault';

/**
 * The recovery sheet is a document like the letters: PDF/A-2b (checked by the structural
 * PDF/A check the letters use), tagged, one page, the letters' fonts, and in Italian the
 * formal register. The check itself is shown to fail on a plain PDF.
 */
const KEY = 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP';

describe('the recovery sheet', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const run = (tool: string, pdf: Buffer, args: string[] = []) => {
    const file = join(tmp.dir, `${tool}-${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
  };
  const sheet = (language: 'en' | 'it') =>
    renderRecoverySheet({ recoveryKey: KEY, vaultId: 'vault-7f3a', createdAt: '2026-12-01T10:00:00Z', location: '/home/dpo/DPO Desk', language, printedAt: new Date('2026-12-01T23:30:00Z') });

  it('is a one-page tagged PDF/A-2b in each language, with the key, the vault and how to use it', async () => {
    for (const language of ['en', 'it'] as const) {
      const pdf = await sheet(language);
      expect(pdfaProblems(pdf, tmp.dir), language).toEqual([]);
      expect(run('pdfinfo', pdf)).toMatch(/Pages:\s+1\n/);
      const text = run('pdftotext', pdf, ['-enc', 'UTF-8']).replace(/\s+/g, ' ');
      for (const line of ['ABCD-EFGH-IJKL-MNOP-QRST', 'UVWX-YZ23-4567-ABCD-EFGH', 'IJKL-MNOP', 'vault-7f3a', '/home/dpo/DPO Desk']) expect(text).toContain(line);
      const structure = run('pdfinfo', pdf, ['-struct-text']);
      expect(structure).toMatch(/^Document\n {2}H1 \(block\)\n/);
      expect(structure).toContain('LI (block)');
    }
  });

  it('speaks to the DPO formally in Italian and writes the 1st as 1º', async () => {
    const text = run('pdftotext', await sheet('it'), ['-enc', 'UTF-8']).replace(/\s+/g, ' ');
    for (const formal of ['Conservi questo foglio', 'Non la fotografi e non la conservi', 'scelga «Chiave di recupero», digiti la chiave', 'Creata il: 1º dicembre 2026', 'Stampato il 1º dicembre 2026']) expect(text).toContain(formal);
    expect(text).not.toMatch(/\b(Conserva|dimentichi|scegli|digita|imposta|fotografarla)\b/);
  });

  it('keeps "cassaforte" for the vault, says "cassaforte fisica" for a safe, and says the key opens the backups too (C26)', async () => {
    const text = run('pdftotext', await sheet('it'), ['-enc', 'UTF-8']).replace(/\s+/g, ' ');
    expect(text).toContain('in un cassetto chiuso a chiave o in una cassaforte fisica.');
    expect(text).toContain('Chiunque disponga di questa chiave e di una copia della cassaforte o di un suo backup può leggerne tutti i casi.');
    expect(text).not.toContain('o in cassaforte.');
  });

  it('the PDF/A check fails a plain PDF, naming what is missing', async () => {
    const doc = new PDFDocument({ size: 'A4' });
    const done = pdfToBuffer(doc);
    doc.text('Not an archival document');
    doc.end();
    const problems = pdfaProblems(await done, tmp.dir);
    expect(problems).toEqual(expect.arrayContaining(['no GTS_PDFA1 output intent with an ICC profile', 'XMP does not name PDF/A part 2', 'not tagged']));
    expect(problems.some((p) => p.startsWith('font not embedded'))).toBe(true);
  });
});
