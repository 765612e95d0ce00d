import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainObjects } from './pdf-objects';

/**
 * The PDF/A-2b requirements DPO Desk's documents are checked against, in words, when no
 * validator can be installed here (veraPDF is neither on npm nor in Debian). It reads the
 * file with poppler, which the tests already need, and the bytes pdfkit writes (with the
 * objects of any compressed object stream unpacked, {@link plainObjects}):
 * - PDF 1.7 at most (ISO 19005-2 is based on PDF 1.7), not encrypted, no JavaScript, no
 *   embedded files (6.1.3, 6.1.7, 6.6.1, 6.8);
 * - XMP metadata naming part 2, conformance B, with a dc:title equal to the Info title (6.6.2);
 * - an output intent `GTS_PDFA1` with its ICC profile (6.2.3);
 * - every font embedded (6.2.11.4), as `pdffonts` reports it;
 * - tagged (a promise of DPO Desk's own, beyond level B), with its natural language.
 * Returns what fails, in words; empty when the file passes.
 */
export function pdfaProblems(pdf: Buffer, dir: string): string[] {
  const problems: string[] = [];
  const file = join(dir, `pdfa-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const header = pdf.subarray(0, 8).toString('latin1');
  if (!/^%PDF-1\.[4-7]$/.test(header)) problems.push(`header ${header}: PDF/A-2 is PDF 1.7 at most`);
  const bytes = plainObjects(pdf).toString('latin1');
  if (bytes.includes('/Encrypt')) problems.push('encrypted');
  if (bytes.includes('/JavaScript') || bytes.includes('/JS ')) problems.push('JavaScript');
  if (bytes.includes('/EmbeddedFiles')) problems.push('embedded files');
  if (!/\/OutputIntents\s*\[/.test(bytes) || !bytes.includes('/GTS_PDFA1') || !bytes.includes('/DestOutputProfile')) problems.push('no GTS_PDFA1 output intent with an ICC profile');

  const meta = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
  if (!/<pdfaid:part>2<\/pdfaid:part>/.test(meta)) problems.push('XMP does not name PDF/A part 2');
  if (!/<pdfaid:conformance>B<\/pdfaid:conformance>/.test(meta)) problems.push('XMP does not name conformance B');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const title = /^Title:\s+(.*)$/m.exec(info)?.[1]?.trim();
  const xmpTitle = /<dc:title>[\s\S]*?<rdf:li[^>]*>([^<]*)<\/rdf:li>/.exec(meta)?.[1]?.trim();
  if (!title || title !== xmpTitle) problems.push(`Info title "${title ?? ''}" and XMP dc:title "${xmpTitle ?? ''}" differ`);
  if (!/^Tagged:\s+yes$/m.test(info)) problems.push('not tagged');
  if (!/\/Lang\s*\(/.test(bytes)) problems.push('no natural language (/Lang)');

  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
  if (fonts.length === 0) problems.push('no fonts');
  for (const font of fonts) {
    // name, type (1–3 words), encoding, then "emb sub uni" as yes/no, then the object id.
    const flags = /\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(font);
    if (!flags || flags[1] !== 'yes') problems.push(`font not embedded: ${font.trim()}`);
  }
  return problems;
}
