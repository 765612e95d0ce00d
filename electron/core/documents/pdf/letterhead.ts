import type { LetterLayout } from './letter-layout';
import { COLOR, CONTENT_WIDTH, FONT, MARGIN, PAGE, SIDE_COLUMN_WIDTH, SIZE } from './letter-style';
import { artifact, group, tagged, taggedLines } from './tagging';

/**
 * The top of page 1: the organisation's name and address on the left, the DPO's contact on
 * the right, and a rule beneath. Returns the y below the rule.
 */
export function drawLetterhead(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, layout: LetterLayout): number {
  const top = MARGIN.top;
  const leftWidth = CONTENT_WIDTH - SIDE_COLUMN_WIDTH - 16;
  const sideX = PAGE.width - MARGIN.right - SIDE_COLUMN_WIDTH;
  let leftBottom: number = top;
  let sideBottom: number = top;
  group(doc, root, 'Div', (head) => {
    tagged(doc, head, 'P', () => {
      doc.font(FONT.bold).fontSize(SIZE.organisation).fillColor(COLOR.accent).text(layout.organisation.name, MARGIN.left, top, { width: leftWidth });
    });
    doc.moveDown(0.2);
    doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    taggedLines(doc, head, layout.organisation.addressLines, MARGIN.left, { width: leftWidth, lineGap: 1.5 });
    leftBottom = doc.y;
    const { dpo, labels } = layout;
    const contact = [dpo.name, `${labels.email}: ${dpo.email}`, ...(dpo.phone ? [`${labels.phone}: ${dpo.phone}`] : [])];
    tagged(doc, head, 'P', () => {
      doc.font(FONT.bold).fontSize(SIZE.small).fillColor(COLOR.accent).text(dpo.title, sideX, top + 3, { width: SIDE_COLUMN_WIDTH, align: 'right' });
    });
    doc.y += 1;
    doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
    taggedLines(doc, head, contact, sideX, { width: SIDE_COLUMN_WIDTH, align: 'right', lineGap: 1.5 });
    sideBottom = doc.y;
  });
  const ruleY = Math.max(leftBottom, sideBottom) + 10;
  artifact(doc, 'Layout', () => {
    doc.moveTo(MARGIN.left, ruleY).lineTo(PAGE.width - MARGIN.right, ruleY).lineWidth(0.8).strokeColor(COLOR.accent).stroke();
  });
  return ruleY;
}
