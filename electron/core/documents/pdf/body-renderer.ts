import type { LetterBlock } from '../../../shared/document-contract';
import type { LetterLayout } from './letter-layout';
import { BODY_BOTTOM, COLOR, CONTENT_WIDTH, FONT, LINE_GAP, MARGIN, PARAGRAPH_GAP, SIZE } from './letter-style';
import { isOneSentence, splitForClosing } from './closing-split';
import { SHORT_BLOCK } from './continued-page';
import { drawTable, isShortTable, tableHeight, tableStartHeight } from './table-renderer';
import { drawList, listHeight, listStartHeight } from './list-renderer';
import { tieCitations } from './typography';
import { group, tagged } from './tagging';

const bodyText = { width: CONTENT_WIDTH, lineGap: LINE_GAP, align: 'left' as const };

/** Starts a new page when fewer than `needed` points are left above the footer. */
export function keepRoom(doc: PDFKit.PDFDocument, needed: number): void {
  if (doc.y + needed > BODY_BOTTOM) {
    doc.addPage();
    doc.y = MARGIN.top;
  }
}

function lineHeight(doc: PDFKit.PDFDocument): number {
  return doc.currentLineHeight(true) + LINE_GAP;
}

/**
 * The height a block takes as drawn, with the gap that follows it, to keep the last one on
 * the page of the signature: no more than it needs, so the closing block uses the room left.
 */
function blockHeight(doc: PDFKit.PDFDocument, block: LetterBlock): number {
  if (block.type === 'table') return tableHeight(doc, block.rows);
  if (block.type === 'heading') {
    doc.font(FONT.bold).fontSize(SIZE.heading);
    return PARAGRAPH_GAP + 1 + doc.heightOfString(tieCitations(block.text), bodyText);
  }
  doc.font(FONT.regular).fontSize(SIZE.body);
  if (block.type === 'list') return listHeight(doc, block.items);
  return doc.heightOfString(tieCitations(block.text), bodyText) + PARAGRAPH_GAP;
}

/** What a heading keeps on its page below it: a table's first two rows or a list's first item (a short one whole), or two lines of text. */
function roomBelowHeading(doc: PDFKit.PDFDocument, next: LetterBlock | undefined): number {
  if (next?.type === 'table') return tableStartHeight(doc, next.rows) + 4;
  if (next?.type === 'list') return listStartHeight(doc, next.items);
  doc.font(FONT.regular).fontSize(SIZE.body);
  return 3 * lineHeight(doc);
}

/**
 * The last block, kept with the closing block below it (`closingHeight`): a table keeps its
 * last row with it; a paragraph that does not fit with it in the room left gives that room
 * its leading sentences and carries the rest over with the closing; otherwise the block moves
 * whole to the next page when it fits there with the closing. Never a page holding only the closing.
 */
function drawLast(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, block: LetterBlock, closingHeight: number, continuation: string | null): void {
  if (block.type === 'table') {
    drawTable(doc, parent, block.rows, continuation, closingHeight);
    return;
  }
  const needed = blockHeight(doc, block) + closingHeight;
  if (doc.y + needed <= BODY_BOTTOM) return drawBlock(doc, parent, block, undefined, continuation);
  if (block.type === 'paragraph') {
    doc.font(FONT.regular).fontSize(SIZE.body);
    const cut = splitForClosing(tieCitations(block.text), doc.y, closingHeight + PARAGRAPH_GAP, 2 * lineHeight(doc), (text) => doc.heightOfString(text, bodyText));
    if (cut) {
      drawBlock(doc, parent, { type: 'paragraph', text: cut.head }, undefined, continuation);
      doc.addPage();
      doc.y = MARGIN.top;
      return drawBlock(doc, parent, { type: 'paragraph', text: cut.tail }, undefined, continuation);
    }
  }
  if (needed < BODY_BOTTOM - MARGIN.top) keepRoom(doc, needed);
  drawBlock(doc, parent, block, undefined, continuation);
}

/** A block as drawn; `continuation` tops the further pages a table runs on to (its section's heading, "(continued)"). */
function drawBlock(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, block: LetterBlock, next: LetterBlock | undefined, continuation: string | null): void {
  if (block.type === 'table') {
    drawTable(doc, parent, block.rows, continuation);
    return;
  }
  if (block.type === 'heading') {
    const below = roomBelowHeading(doc, next);
    doc.font(FONT.bold).fontSize(SIZE.heading);
    // A heading keeps its own line and the start of what follows on the same page: the room it takes is the gap above (PARAGRAPH_GAP - 2), its text and the 3 below.
    const text = tieCitations(block.text);
    keepRoom(doc, PARAGRAPH_GAP + 1 + doc.heightOfString(text, bodyText) + below);
    doc.y += PARAGRAPH_GAP - 2;
    tagged(doc, parent, 'H2', () => {
      doc.fillColor(COLOR.accent).text(text, MARGIN.left, doc.y, bodyText);
    });
    doc.y += 3;
    return;
  }
  doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink);
  keepRoom(doc, 2 * lineHeight(doc));
  if (block.type === 'paragraph') {
    tagged(doc, parent, 'P', () => {
      doc.text(tieCitations(block.text), MARGIN.left, doc.y, bodyText);
    });
  } else {
    drawList(doc, parent, block.items, continuation);
  }
  doc.y += PARAGRAPH_GAP;
}

/**
 * The subject line (the document's H1), the salutation and every block of the body; the
 * last block keeps `closingHeight` (the signature block's height) below it on its page.
 */
export function drawBody(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, layout: LetterLayout, top: number, closingHeight: number): void {
  doc.y = top;
  tagged(doc, root, 'H1', () => {
    doc.font(FONT.bold).fontSize(SIZE.subject).fillColor(COLOR.ink).text(tieCitations(layout.body.subject), MARGIN.left, doc.y, { ...bodyText, lineGap: 1.5 });
  });
  doc.y += 12;
  tagged(doc, root, 'P', () => {
    doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink).text(layout.salutation, MARGIN.left, doc.y, bodyText);
  });
  doc.y += PARAGRAPH_GAP;
  const { blocks } = layout.body;
  const withClosing = closingGroupStart(doc, blocks);
  let heading: string | null = null;
  group(doc, root, 'Sect', (section) => {
    blocks.forEach((block, i) => {
      if (block.type === 'heading') heading = block.text;
      const continuation = heading === null ? null : `${heading} (${layout.labels.continued})`;
      // The first block of the closing group keeps the rest of it and the signature below it
      // on its page, so the signature never stands alone on a page, nor with a line of farewell only.
      if (i === withClosing) drawLast(doc, section, block, closingHeight + blocks.slice(i + 1).reduce((sum, b) => sum + blockHeight(doc, b), 0), continuation);
      else drawBlock(doc, section, block, blocks[i + 1], continuation);
    });
  });
}

/**
 * Where the blocks that go with the closing start: the last block; and the one before it too
 * when the last is a one-sentence paragraph ("For any question…", which cannot give the page
 * before its leading sentences), so that the closing's page also holds the end of the body
 * (a table's last row, a paragraph's last sentences) and not the farewell line alone (review D10).
 * A heading before it comes along only above a short table or list (never split, C40); otherwise
 * it already keeps the start of what follows.
 */
function closingGroupStart(doc: PDFKit.PDFDocument, blocks: readonly LetterBlock[]): number {
  const last = blocks.length - 1;
  const before = blocks[last - 1];
  const final = blocks[last];
  if (!(final?.type === 'paragraph' && isOneSentence(tieCitations(final.text)) && before && before.type !== 'heading')) return last;
  // A short table or list is never split (C40, D31): with its heading, it goes to the closing's page whole.
  const short = (before.type === 'table' && isShortTable(doc, before.rows)) || (before.type === 'list' && before.items.length <= SHORT_BLOCK);
  return short && blocks[last - 2]?.type === 'heading' ? last - 2 : last - 1;
}
