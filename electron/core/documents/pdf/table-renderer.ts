import type { LetterTableRow } from '../../../shared/document-contract';
import { BODY_BOTTOM, COLOR, CONTENT_WIDTH, FONT, MARGIN, PARAGRAPH_GAP, SIZE } from './letter-style';
import { artifact, group, tagged } from './tagging';
import { tieCitations } from './typography';
import { continueOnNewPage, SHORT_BLOCK } from './continued-page';

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
 * A row kept whole on one page when it fits on one; a row taller than a page is cut
 * between the lines of its value, its label on the first band only.
 */
function drawRow(doc: PDFKit.PDFDocument, table: PDFKit.PDFStructureElement, row: LetterTableRow, continuation: string | null, keepBelow: number): void {
  const label = tieCitations(row.label);
  const value = tieCitations(row.value);
  const height = Math.max(labelHeight(doc, label), valueHeight(doc, value)) + 2 * PAD.y;
  // Room kept below the row (the closing block under a letter's last row), when there is a page that can hold both.
  const keep = height + keepBelow <= BODY_BOTTOM - MARGIN.top ? keepBelow : 0;
  group(doc, table, 'TR', (tr) => {
    if (doc.y + height + keep <= BODY_BOTTOM) return drawBand(doc, tr, label, value, doc.y);
    if (height <= BODY_BOTTOM - MARGIN.top) {
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
 * last table, is the closing block its last row keeps on its page.
 */
export function drawTable(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, rows: readonly LetterTableRow[], continuation: string | null, closingHeight = 0): void {
  // A short table (three rows or fewer) moves whole to the next page rather than split (review C40).
  const keepBelow = closingHeight > 0 ? closingHeight + PARAGRAPH_GAP + 2 : 0;
  // With the closing block its last row keeps, when a page can hold both.
  const page = BODY_BOTTOM - MARGIN.top;
  const whole = tableHeight(doc, rows) + (tableHeight(doc, rows) + keepBelow <= page ? keepBelow : 0);
  if (rows.length <= SHORT_BLOCK && doc.y + whole > BODY_BOTTOM && whole <= page) continueOnNewPage(doc, null);
  group(doc, parent, 'Table', (table) => {
    rows.forEach((row, i) => drawRow(doc, table, row, continuation, i === rows.length - 1 ? keepBelow : 0));
  });
  doc.x = MARGIN.left;
  doc.y += PARAGRAPH_GAP + 2;
}

/** What a table keeps with the heading above it: the whole of a short table (it is never split), else its first row. */
export function tableStartHeight(doc: PDFKit.PDFDocument, rows: readonly LetterTableRow[]): number {
  return rows.length <= SHORT_BLOCK ? tableHeight(doc, rows) : firstRowHeight(doc, rows);
}

/** The height a table's first row needs, so a heading is never left alone above it. */
function firstRowHeight(doc: PDFKit.PDFDocument, rows: readonly LetterTableRow[]): number {
  const first = rows[0];
  if (!first) return 0;
  return Math.max(labelHeight(doc, tieCitations(first.label)), valueHeight(doc, tieCitations(first.value))) + 2 * PAD.y;
}

/** The height of a whole table (for keeping the last block with the signature). */
export function tableHeight(doc: PDFKit.PDFDocument, rows: readonly LetterTableRow[]): number {
  return rows.reduce((sum, row) => sum + firstRowHeight(doc, [row]), PARAGRAPH_GAP + 2);
}
