import { BODY_BOTTOM, COLOR, CONTENT_WIDTH, FONT, LINE_GAP, MARGIN, PARAGRAPH_GAP, SIZE } from './letter-style';
import { continueOnNewPage, SHORT_BLOCK } from './continued-page';
import { group } from './tagging';
import { tieCitations } from './typography';

const INDENT = 4;
const TEXT_INDENT = 14;
const ITEM_GAP = 2;
const itemText = { width: CONTENT_WIDTH - INDENT - TEXT_INDENT, lineGap: LINE_GAP, align: 'left' as const };

function itemHeight(doc: PDFKit.PDFDocument, item: string): number {
  doc.font(FONT.regular).fontSize(SIZE.body);
  return doc.heightOfString(tieCitations(item), itemText) + ITEM_GAP;
}

/** The height of a whole list with the gap that follows it. */
export function listHeight(doc: PDFKit.PDFDocument, items: readonly string[]): number {
  return items.reduce((sum, item) => sum + itemHeight(doc, item), PARAGRAPH_GAP);
}

/** What a list keeps with the heading above it: the whole of a short list (it is never split), else its first item. */
export function listStartHeight(doc: PDFKit.PDFDocument, items: readonly string[]): number {
  return items.length <= SHORT_BLOCK ? listHeight(doc, items) : itemHeight(doc, items[0] ?? '');
}

/**
 * A bulleted list, tagged L/LI/Lbl/LBody, each item kept whole on a page. A short list (three
 * items or fewer) moves whole to the next page rather than split; a longer one that runs on to
 * another page opens it with `continuation` (its section's heading with "(continued)" /
 * "(segue)"), as a table does (review C39).
 */
export function drawList(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, items: readonly string[], continuation: string | null): void {
  const whole = listHeight(doc, items);
  if (items.length <= SHORT_BLOCK && doc.y + whole > BODY_BOTTOM && whole <= BODY_BOTTOM - MARGIN.top) continueOnNewPage(doc, null);
  group(doc, parent, 'L', (list) => {
    for (const item of items) {
      const height = itemHeight(doc, item);
      if (doc.y + height > BODY_BOTTOM && height <= BODY_BOTTOM - MARGIN.top) continueOnNewPage(doc, continuation);
      doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink);
      doc.list([tieCitations(item)], MARGIN.left + INDENT, doc.y, {
        width: CONTENT_WIDTH - INDENT,
        lineGap: LINE_GAP,
        align: 'left',
        structParent: list,
        bulletRadius: 1.8,
        bulletIndent: 0,
        textIndent: TEXT_INDENT,
        paragraphGap: ITEM_GAP,
      });
    }
  });
  doc.x = MARGIN.left;
}
