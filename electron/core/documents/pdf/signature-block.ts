import { keepRoom } from './body-renderer';
import type { LetterLayout } from './letter-layout';
import { COLOR, CONTENT_WIDTH, FONT, LINE_GAP, MARGIN, SIGNATURE_HEIGHT, SIZE } from './letter-style';
import { group, tagged, taggedLines } from './tagging';

/**
 * The closing, room to sign, and the signatory's name, role, organisation and contact (the
 * DPO's unless the layout names another signatory), kept together on one page.
 */
export function drawSignature(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, layout: LetterLayout): void {
  const { dpo } = layout;
  const signer = layout.signatory ?? { name: dpo.name, title: dpo.title, contact: [dpo.email, ...(dpo.phone ? [dpo.phone] : [])].join('  ·  ') };
  keepRoom(doc, SIGNATURE_HEIGHT);
  doc.y += 4;
  const width = CONTENT_WIDTH / 2;
  group(doc, root, 'Div', (block) => {
    tagged(doc, block, 'P', () => {
      doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink).text(layout.closing, MARGIN.left, doc.y, { width, lineGap: LINE_GAP });
    });
    doc.y += 30;
    tagged(doc, block, 'P', () => {
      doc.font(FONT.bold).fontSize(SIZE.body).fillColor(COLOR.ink).text(signer.name, MARGIN.left, doc.y, { width });
    });
    doc.font(FONT.regular).fontSize(SIZE.body - 1).fillColor(COLOR.muted);
    taggedLines(doc, block, [signer.title, layout.organisation.name, ...(signer.contact ? [signer.contact] : [])], MARGIN.left, { width, lineGap: 1.5 });
  });
}
