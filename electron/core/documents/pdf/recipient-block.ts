import type { LetterLayout } from './letter-layout';
import { COLOR, CONTENT_WIDTH, FONT, MARGIN, PAGE, RECIPIENT_TOP, SIDE_COLUMN_WIDTH, SIZE } from './letter-style';
import { group, tagged, taggedLines } from './tagging';

/**
 * The addressee on the left (placed for a window envelope) and the date and references on
 * the right. Returns the y below the taller of the two.
 */
export function drawRecipientBlock(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, layout: LetterLayout, below: number): number {
  const top = Math.max(RECIPIENT_TOP, below + 26);
  const leftWidth = CONTENT_WIDTH - SIDE_COLUMN_WIDTH - 24;
  const sideX = PAGE.width - MARGIN.right - SIDE_COLUMN_WIDTH;
  let leftBottom: number = top;
  let sideBottom: number = top;
  group(doc, root, 'Div', (block) => {
    tagged(doc, block, 'P', () => {
      doc.font(FONT.bold).fontSize(SIZE.body).fillColor(COLOR.ink).text(layout.recipient.name, MARGIN.left, top, { width: leftWidth });
    });
    if (layout.recipient.onBehalfOf) {
      doc.font(FONT.regular).fontSize(SIZE.small + 0.5).fillColor(COLOR.muted);
      taggedLines(doc, block, [layout.recipient.onBehalfOf], MARGIN.left, { width: leftWidth });
    }
    doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink);
    taggedLines(doc, block, layout.recipient.lines, MARGIN.left, { width: leftWidth, lineGap: 1.5 });
    leftBottom = doc.y;
    doc.y = top;
    for (const { label, value } of layout.references) {
      doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
      taggedLines(doc, block, [label], sideX, { width: SIDE_COLUMN_WIDTH, align: 'right' });
      doc.font(FONT.regular).fontSize(SIZE.body - 0.5).fillColor(COLOR.ink);
      taggedLines(doc, block, [value], sideX, { width: SIDE_COLUMN_WIDTH, align: 'right' });
      doc.y += 5;
    }
    sideBottom = doc.y;
  });
  return Math.max(leftBottom, sideBottom);
}
