import type { LetterTableRow } from '../../../shared/document-contract';
import { BODY_BOTTOM, COLOR, CONTENT_WIDTH, FONT, MARGIN, PARAGRAPH_GAP, SIZE } from './letter-style';
import { artifact, group, tagged } from './tagging';
import { tieCitations } from './typography';
import { continuedTop, continueOnNewPage } from './continued-page';

/** The label column's share of the width, the cell padding and the table's colours. */
const LABEL_WIDTH = Math.round(CONTENT_WIDTH * 0.36);
const VALUE_WIDTH = CONTENT_WIDTH - LABEL_WIDTH;
const PAD = { x: 6, y: 4.5 } as const;
const TABLE = { labelFill: '#eef3f8', border: '#b7c6d6', labelSize: SIZE.small + 0.5, valueSize: SIZE.body - 0.5, lineGap: 1.6 } as const;

const labelOptions = { width: LABEL_WIDTH - 2 * PAD.x, lineGap: TABLE.lineGap };
const valueOptions = { width: VALUE_WIDTH - 2 * PAD.x, lineGap: TABLE.lineGap };
/** A value line starting "• " is an item: the bullet hangs, the text wraps under the text. */
const BULLET = '• ';
const BULLET_INDENT = 10;
const itemOptions = { ...valueOptions, width: valueOptions.width - BULLET_INDENT };
/** A table of this many rows or fewer that fits on a page moves whole to the next page rather than split (reviews C40, D31). */
const SHORT_TABLE = 6;
/**
 * So does a table of more rows that takes no more than this share of a page's body: moved
 * whole, it leaves at most that much of a page blank, where split it would leave its last rows
 * alone under "(continued)" (the NIS2 report's eight-row "Entity" table, review 6, D31).
 */
const SHORT_TABLE_SHARE = 1 / 3;
/** A longer table splits leaving at least two rows on each page: never its first row alone at the foot of a page, nor its last alone on the next (D31). */
const KEPT_TOGETHER = 2;

function lineHeight(doc: PDFKit.PDFDocument, line: string): number {
  return line.startsWith(BULLET) ? doc.heightOfString(line.slice(BULLET.length), itemOptions) : doc.heightOfString(line === '' ? ' ' : line, valueOptions);
}

function labelHeight(doc: PDFKit.PDFDocument, label: string): number {
  doc.font(FONT.bold).fontSize(TABLE.labelSize);
  return label === '' ? 0 : doc.heightOfString(label, labelOptions);
}

function valueHeight(doc: PDFKit.PDFDocument, value: string): number {
  doc.font(FONT.regular).fontSize(TABLE.valueSize);
  return value.split('\n').reduce((sum, line) => sum + lineHeight(doc, line), 0);
}

/** The value's lines from (x, y), items with a hanging bullet. */
function drawValue(doc: PDFKit.PDFDocument, value: string, x: number, y: number): void {
  doc.font(FONT.regular).fontSize(TABLE.valueSize).fillColor(COLOR.ink);
  let top = y;
  for (const line of value.split('\n')) {
    const height = lineHeight(doc, line);
    if (line.startsWith(BULLET)) {
      doc.text('•', x, top, { lineBreak: false });
      doc.text(line.slice(BULLET.length), x + BULLET_INDENT, top, itemOptions);
    } else {
      doc.text(line === '' ? ' ' : line, x, top, valueOptions);
    }
    top += height;
  }
}

/** One band of a row: its label (empty on a continuation band) and part of its value. */
function drawBand(doc: PDFKit.PDFDocument, tr: PDFKit.PDFStructureElement, label: string, value: string, top: number): void {
  const height = Math.max(labelHeight(doc, label), valueHeight(doc, value)) + 2 * PAD.y;
  const x = MARGIN.left;
  artifact(doc, 'Layout', () => {
    doc.rect(x, top, LABEL_WIDTH, height).fillColor(TABLE.labelFill).fill();
    doc.rect(x, top, CONTENT_WIDTH, height).moveTo(x + LABEL_WIDTH, top).lineTo(x + LABEL_WIDTH, top + height).lineWidth(0.5).strokeColor(TABLE.border).stroke();
  });
  tagged(doc, tr, 'TH', () => {
    doc.font(FONT.bold).fontSize(TABLE.labelSize).fillColor(COLOR.accent).text(label === '' ? ' ' : label, x + PAD.x, top + PAD.y, labelOptions);
  });
  tagged(doc, tr, 'TD', () => drawValue(doc, value, x + LABEL_WIDTH + PAD.x, top + PAD.y));
  doc.y = top + height;
}

/**
 * A row kept whole on one page when it fits on one, with `keepBelow` points below it (the
 * closing block under a letter's last row, the last row under the one before it) when a page
 * can hold both; a row taller than a page is cut between the lines of its value, its label on
 * the first band only.
 */
function drawRow(doc: PDFKit.PDFDocument, table: PDFKit.PDFStructureElement, row: LetterTableRow, continuation: string | null, keepBelow: number): void {
  const label = tieCitations(row.label);
  const value = tieCitations(row.value);
  const height = rowHeight(doc, row);
  // The room a further page gives the rows, below the heading it repeats.
  const room = BODY_BOTTOM - continuedTop(doc, continuation);
  const keep = height + keepBelow <= room ? keepBelow : 0;
  group(doc, table, 'TR', (tr) => {
    if (doc.y + height + keep <= BODY_BOTTOM) return drawBand(doc, tr, label, value, doc.y);
    if (height <= room) {
      continueOnNewPage(doc, continuation);
      return drawBand(doc, tr, label, value, doc.y);
    }
    let bandLabel = label;
    for (const line of value.split('\n')) {
      if (doc.y + valueHeight(doc, line) + 2 * PAD.y > BODY_BOTTOM) continueOnNewPage(doc, continuation);
      drawBand(doc, tr, bandLabel, line, doc.y);
      bandLabel = '';
    }
  });
}

/**
 * A form-like table: question on the left (shaded), answer on the right, tagged Table/TR/TH/TD.
 * `continuation` is what tops each further page the table runs on to (its section's heading
 * with "(continued)"); null when the table has no heading. `closingHeight`, for a letter's
 * last table, is the closing block its last row keeps on its page. A short table (six rows
 * or fewer, or a third of a page or less) moves whole to the next page rather than split; a longer one splits leaving two rows or more on each
 * page: its first two rows start it together, its last two end it together (review D31).
 */
export function drawTable(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, rows: readonly LetterTableRow[], continuation: string | null, closingHeight = 0): void {
  const keepBelow = closingHeight > 0 ? closingHeight + PARAGRAPH_GAP + 2 : 0;
  const page = BODY_BOTTOM - MARGIN.top;
  const short = isShortTable(doc, rows);
  // A short table whole, with the closing block its last row keeps when a page can hold both.
  const height = tableHeight(doc, rows);
  const start = short ? height + (height + keepBelow <= page ? keepBelow : 0) : tableStartHeight(doc, rows);
  if (doc.y + start > BODY_BOTTOM && start <= page) continueOnNewPage(doc, null);
  // The row before the last keeps the last below it (and the closing block, when a page holds all three).
  const [beforeLast = 0, last = 0] = rows.slice(-KEPT_TOGETHER).map((row) => rowHeight(doc, row));
  const lastTwo = last + (beforeLast + last + keepBelow <= page ? keepBelow : 0);
  const splits = !short && rows.length >= 2 * KEPT_TOGETHER;
  const below = (i: number): number => {
    if (i === rows.length - 1) return keepBelow;
    return splits && i === rows.length - KEPT_TOGETHER ? lastTwo : 0;
  };
  group(doc, parent, 'Table', (table) => {
    rows.forEach((row, i) => drawRow(doc, table, row, continuation, below(i)));
  });
  doc.x = MARGIN.left;
  doc.y += PARAGRAPH_GAP + 2;
}

/** Whether a table is short: six rows or fewer fitting on a page, or any that takes a third of a page or less; it is never split (reviews C40, D31). */
export function isShortTable(doc: PDFKit.PDFDocument, rows: readonly LetterTableRow[]): boolean {
  const page = BODY_BOTTOM - MARGIN.top;
  const height = tableHeight(doc, rows);
  return rows.length <= SHORT_TABLE ? height <= page : height <= page * SHORT_TABLE_SHARE;
}

/** What a table keeps with the heading above it: the whole of a short table, else its first two rows (its first alone when it has fewer than four). */
export function tableStartHeight(doc: PDFKit.PDFDocument, rows: readonly LetterTableRow[]): number {
  if (isShortTable(doc, rows)) return tableHeight(doc, rows);
  const kept = rows.length >= 2 * KEPT_TOGETHER ? KEPT_TOGETHER : 1;
  return rows.slice(0, kept).reduce((sum, row) => sum + rowHeight(doc, row), 0);
}

/** The height a row needs: its label's or its value's, the taller, and the cell padding. */
function rowHeight(doc: PDFKit.PDFDocument, row: LetterTableRow): number {
  return Math.max(labelHeight(doc, tieCitations(row.label)), valueHeight(doc, tieCitations(row.value))) + 2 * PAD.y;
}

/** The height of a whole table (for keeping the last block with the signature). */
export function tableHeight(doc: PDFKit.PDFDocument, rows: readonly LetterTableRow[]): number {
  return rows.reduce((sum, row) => sum + rowHeight(doc, row), PARAGRAPH_GAP + 2);
}
