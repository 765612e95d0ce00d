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

/** What a list keeps with the heading above it: the whole of a short list (it is never split), else its first two items. */
export function listStartHeight(doc: PDFKit.PDFDocument, items: readonly string[]): number {
  return items.length <= SHORT_BLOCK ? listHeight(doc, items) : itemHeight(doc, items[0] ?? '') + itemHeight(doc, items[1] ?? '');
}

/**
 * Whether a longer list breaks to a new page before item `i`, standing at `y`: when the item
 * does not fit; when it is the first and the first two do not fit together, or the one before
 * the last and the last two do not (a list never leaves one item alone at the foot of a page
 * or at the top of the next, review 4, D39), as long as the pair fits on a fresh page.
 */
function breaksBefore(heights: readonly number[], i: number, y: number): boolean {
  const room = BODY_BOTTOM - MARGIN.top;
  const height = heights[i] ?? 0;
  if (y + height > BODY_BOTTOM) return height <= room;
  const pairStart = heights.length > SHORT_BLOCK && (i === 0 || i === heights.length - 2);
  const pair = height + (heights[i + 1] ?? 0);
  return pairStart && y + pair > BODY_BOTTOM && pair <= room && (i === 0 || y > MARGIN.top + 0.5);
}

/**
 * A bulleted list, tagged L/LI/Lbl/LBody, each item kept whole on a page. A short list (three
 * items or fewer) moves whole to the next page rather than split; a longer one that runs on to
 * another page opens it with `continuation` (its section's heading with "(continued)" /
 * "(segue)"), as a table does (review C39), and keeps two items or more on each page where it
 * starts and ends (`breaksBefore`).
 */
export function drawList(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, items: readonly string[], continuation: string | null): void {
  const whole = listHeight(doc, items);
  if (items.length <= SHORT_BLOCK && doc.y + whole > BODY_BOTTOM && whole <= BODY_BOTTOM - MARGIN.top) continueOnNewPage(doc, null);
  const heights = items.map((item) => itemHeight(doc, item));
  group(doc, parent, 'L', (list) => {
    items.forEach((item, i) => {
      if (breaksBefore(heights, i, doc.y)) continueOnNewPage(doc, i === 0 ? null : continuation);
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
    });
  });
  doc.x = MARGIN.left;
}
