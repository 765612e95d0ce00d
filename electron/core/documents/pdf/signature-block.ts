import { keepRoom } from './body-renderer';
import type { LetterLayout } from './letter-layout';
import { COLOR, CONTENT_WIDTH, FONT, LINE_GAP, MARGIN, SIZE } from './letter-style';
import { group, tagged, taggedLines } from './tagging';

/** Space above the closing, and room to sign between the closing and the name. */
const ABOVE_CLOSING = 4;
const ROOM_TO_SIGN = 30;
const WIDTH = CONTENT_WIDTH / 2;
const CONTACT_LINE_GAP = 1.5;

function signerOf(layout: LetterLayout): { name: string; title: string; contact: string | null } {
  const { dpo } = layout;
  return layout.signatory ?? { name: dpo.name, title: dpo.title, contact: [dpo.email, ...(dpo.phone ? [dpo.phone] : [])].join('  ·  ') };
}

function signerLines(layout: LetterLayout): string[] {
  const signer = signerOf(layout);
  return [signer.title, layout.organisation.name, ...(signer.contact ? [signer.contact] : [])];
}

/**
 * The height the signature block takes as drawn (closing, room to sign, name, role,
 * organisation, contact), measured with its own fonts, so the last paragraph can join it
 * on a page that has just enough room left.
 */
export function signatureHeight(doc: PDFKit.PDFDocument, layout: LetterLayout): number {
  doc.font(FONT.regular).fontSize(SIZE.body);
  const closing = doc.heightOfString(layout.closing, { width: WIDTH, lineGap: LINE_GAP });
  doc.font(FONT.bold).fontSize(SIZE.body);
  const name = doc.heightOfString(signerOf(layout).name, { width: WIDTH });
  doc.font(FONT.regular).fontSize(SIZE.body - 1);
  const lines = signerLines(layout).reduce((sum, line) => sum + doc.heightOfString(line, { width: WIDTH, lineGap: CONTACT_LINE_GAP }), 0);
  return ABOVE_CLOSING + closing + ROOM_TO_SIGN + name + lines;
}

/**
 * The closing, room to sign, and the signatory's name, role, organisation and contact (the
 * DPO's unless the layout names another signatory), kept together on one page.
 */
export function drawSignature(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, layout: LetterLayout): void {
  const signer = signerOf(layout);
  keepRoom(doc, signatureHeight(doc, layout));
  doc.y += ABOVE_CLOSING;
  group(doc, root, 'Div', (block) => {
    tagged(doc, block, 'P', () => {
      doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink).text(layout.closing, MARGIN.left, doc.y, { width: WIDTH, lineGap: LINE_GAP });
    });
    doc.y += ROOM_TO_SIGN;
    tagged(doc, block, 'P', () => {
      doc.font(FONT.bold).fontSize(SIZE.body).fillColor(COLOR.ink).text(signer.name, MARGIN.left, doc.y, { width: WIDTH });
    });
    doc.font(FONT.regular).fontSize(SIZE.body - 1).fillColor(COLOR.muted);
    taggedLines(doc, block, signerLines(layout), MARGIN.left, { width: WIDTH, lineGap: CONTACT_LINE_GAP });
  });
}
