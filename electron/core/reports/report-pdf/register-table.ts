import { artifact, tagged } from '../../documents/pdf/tagging';
import type { ReportDocument } from './report-document';
import { COLOR, FONT, LANDSCAPE, SIZE, TABLE_COLOR, bodyBottom, contentWidth } from './report-style';

/** A column of a register: its header and its share of the page's width. */
export interface RegisterColumn {
  header: string;
  weight: number;
  align?: 'left' | 'right';
}

/** Fixed heights, so the number of pages a register takes is known before it is drawn. */
const H = { title: 20, note: 14, continued: 16, header: 20, row: 11.5 } as const;
const AVAILABLE = bodyBottom(LANDSCAPE) - LANDSCAPE.margins.top;
const FIRST_PAGE_ROWS = Math.floor((AVAILABLE - H.title - H.note - H.header) / H.row);
const PAGE_ROWS = Math.floor((AVAILABLE - H.continued - H.header) / H.row);
const PAD = 3;

/** How many landscape pages a register of `rows` rows takes (one, with a note, when empty). */
export function registerPages(rows: number): number {
  return rows <= FIRST_PAGE_ROWS ? 1 : 1 + Math.ceil((rows - FIRST_PAGE_ROWS) / PAGE_ROWS);
}

/** `text` cut with an ellipsis to fit `width` at the current font (most cells fit as they are). */
function fit(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (text.length * SIZE.register * 0.56 <= width || doc.widthOfString(text) <= width) return text;
  let [lo, hi] = [0, text.length];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${text.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/**
 * A register drawn row by row on landscape pages, however many rows it has: a title and a
 * note on its first page, "(continued)" and the column headers on each, one line per row
 * (cells cut with an ellipsis), striped. Nothing of a page is kept once the next begins:
 * each page is tagged as one Div whose content is its rows in reading order (a structure
 * element per cell would cost memory in proportion to the register).
 */
export class RegisterTable {
  private page: PDFKit.PDFStructureElement | null = null;
  private rowsOnPage = 0;
  private capacity = FIRST_PAGE_ROWS;
  private rows = 0;
  private readonly widths: number[];

  constructor(
    private readonly report: ReportDocument,
    private readonly section: PDFKit.PDFStructureElement,
    private readonly spec: { title: string; continued: string; note: string; empty: string; columns: readonly RegisterColumn[] },
  ) {
    const total = spec.columns.reduce((sum, c) => sum + c.weight, 0);
    this.widths = spec.columns.map((c) => (c.weight / total) * contentWidth(LANDSCAPE));
  }

  /** Opens the register on a new page: title, note and the header row. */
  start(): void {
    const { doc } = this.report;
    this.report.addPage(LANDSCAPE);
    const x = LANDSCAPE.margins.left;
    tagged(doc, this.section, 'H1', () => {
      doc.font(FONT.bold).fontSize(SIZE.heading).fillColor(COLOR.accent).text(this.spec.title, x, LANDSCAPE.margins.top, { lineBreak: false });
    });
    tagged(doc, this.section, 'P', () => {
      doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted).text(this.spec.note, x, LANDSCAPE.margins.top + H.title, { lineBreak: false });
    });
    this.openPage(LANDSCAPE.margins.top + H.title + H.note);
  }

  private openPage(top: number): void {
    const { doc } = this.report;
    this.page = doc.struct('Div');
    this.section.add(this.page);
    this.rowsOnPage = 0;
    artifact(doc, 'Layout', () => doc.rect(LANDSCAPE.margins.left, top, contentWidth(LANDSCAPE), H.header).fillColor(TABLE_COLOR.header).fill());
    this.content(() => {
      doc.font(FONT.bold).fontSize(SIZE.register - 0.4).fillColor(TABLE_COLOR.headerText);
      let x = LANDSCAPE.margins.left;
      this.spec.columns.forEach((column, i) => {
        const width = this.widths[i] ?? 0;
        doc.text(column.header, x + PAD, top + 3, { width: width - 2 * PAD, height: H.header - 4, align: column.align ?? 'left', ellipsis: true });
        x += width;
      });
    });
    doc.y = top + H.header;
  }

  /** Draws inside one marked-content sequence of the current page's Div. */
  private content(draw: () => void): void {
    const { doc } = this.report;
    const content = doc.markStructureContent('Div');
    draw();
    doc.endMarkedContent();
    this.page?.add(content);
  }

  private nextPage(): void {
    const { doc } = this.report;
    this.page?.end();
    this.report.addPage(LANDSCAPE);
    artifact(doc, 'Pagination', () => {
      doc.font(FONT.bold).fontSize(SIZE.small).fillColor(COLOR.muted).text(this.spec.continued, LANDSCAPE.margins.left, LANDSCAPE.margins.top, { lineBreak: false });
    });
    this.capacity = PAGE_ROWS;
    this.openPage(LANDSCAPE.margins.top + H.continued);
  }

  /** One row of the register, one line high. */
  row(cells: readonly string[]): void {
    if (this.rowsOnPage >= this.capacity) this.nextPage();
    const { doc } = this.report;
    const top = doc.y;
    if (this.rowsOnPage % 2 === 1) artifact(doc, 'Layout', () => doc.rect(LANDSCAPE.margins.left, top, contentWidth(LANDSCAPE), H.row).fillColor(TABLE_COLOR.stripe).fill());
    this.content(() => {
      doc.font(FONT.regular).fontSize(SIZE.register).fillColor(COLOR.ink);
      let x = LANDSCAPE.margins.left;
      cells.forEach((cell, i) => {
        const width = (this.widths[i] ?? 0) - 2 * PAD;
        const text = fit(doc, cell, width);
        const align = this.spec.columns[i]?.align ?? 'left';
        const offset = align === 'right' ? width - doc.widthOfString(text) : 0;
        if (text !== '') doc.text(text, x + PAD + offset, top + 2.4, { lineBreak: false });
        x += this.widths[i] ?? 0;
      });
    });
    doc.y = top + H.row;
    this.rowsOnPage += 1;
    this.rows += 1;
  }

  /** Closes the register: a note when it had no rows, and the last page's Div. */
  finish(): void {
    const { doc } = this.report;
    if (this.rows === 0) {
      this.content(() => {
        doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.muted).text(this.spec.empty, LANDSCAPE.margins.left, doc.y + 6, { lineBreak: false });
      });
    }
    this.page?.end();
    this.page = null;
  }
}
