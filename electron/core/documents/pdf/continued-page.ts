import { COLOR, CONTENT_WIDTH, FONT, LINE_GAP, MARGIN, SIZE } from './letter-style';
import { artifact } from './tagging';
import { tieCitations } from './typography';

/** Lists this short (items) are kept whole on one page, moved to the next rather than split (review C40); tables have their own rule (table-renderer). */
export const SHORT_BLOCK = 3;

/** Where the rows or items start on a page `continueOnNewPage` opens: below the repeated heading, if any. */
export function continuedTop(doc: PDFKit.PDFDocument, continuation: string | null): number {
  if (continuation === null) return MARGIN.top;
  doc.font(FONT.bold).fontSize(SIZE.heading);
  return MARGIN.top + doc.heightOfString(tieCitations(continuation), { width: CONTENT_WIDTH, lineGap: LINE_GAP }) + 3;
}

/**
 * A new page for the rest of a table or a list: at its top, the section's heading again with
 * "(continued)" / "(segue)", so the rows or items there do not read as part of another
 * section. The repeat is page furniture (an artifact): the structure holds the heading once.
 */
export function continueOnNewPage(doc: PDFKit.PDFDocument, continuation: string | null): void {
  doc.addPage();
  doc.y = MARGIN.top;
  if (continuation === null) return;
  artifact(doc, 'Pagination', () => {
    doc.font(FONT.bold).fontSize(SIZE.heading).fillColor(COLOR.accent).text(tieCitations(continuation), MARGIN.left, doc.y, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
  });
  doc.y += 3;
}
