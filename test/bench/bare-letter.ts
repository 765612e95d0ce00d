import PDFDocument from 'pdfkit';
import { fontPath } from '../../electron/core/assets-dir';
import { pdfToBuffer } from '../../electron/core/documents/pdf-to-buffer';
import type { LetterLayout } from '../../electron/core/documents/pdf/letter-layout';

/** Every string a letter prints, in reading order: letterhead, recipient, references, body, signature, footer. */
export function letterStrings(layout: LetterLayout): string[] {
  const { dpo, recipient, body } = layout;
  return [
    layout.organisation.name,
    ...layout.organisation.addressLines,
    dpo.title,
    dpo.name,
    dpo.email,
    ...(dpo.phone ? [dpo.phone] : []),
    recipient.name,
    ...(recipient.onBehalfOf ? [recipient.onBehalfOf] : []),
    ...recipient.lines,
    ...layout.references.flatMap((r) => [r.label, r.value]),
    body.subject,
    layout.salutation,
    ...body.blocks.flatMap((b) => (b.type === 'list' ? b.items : b.type === 'table' ? b.rows.flatMap((r) => [r.label, r.value]) : [b.text])),
    layout.closing,
    dpo.name,
    dpo.title,
    layout.organisation.name,
    layout.footer,
  ];
}

/**
 * The same text in a bare pdfkit document with the same embedded fonts (Liberation Sans):
 * A4, default margins, text flowing down the page, bold for the first line; no tagging, no
 * PDF/A, no layout of our own. The baseline `pdf.letterOverBarePdfkit` divides by.
 */
export async function renderBareLetter(strings: readonly string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const done = pdfToBuffer(doc);
  doc.registerFont('regular', fontPath('LiberationSans-Regular'));
  doc.registerFont('bold', fontPath('LiberationSans-Bold'));
  strings.forEach((text, i) => {
    doc.font(i === 0 ? 'bold' : 'regular').fontSize(i === 0 ? 15 : 10.5).text(text, { paragraphGap: 4 });
  });
  doc.end();
  return done;
}
