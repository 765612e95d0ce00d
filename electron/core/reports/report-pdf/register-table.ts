import { artifact, tagged } from '../../documents/pdf/tagging';
import { cellMeasures, type CellMeasures } from './cell-measures';
import { captureContent, type ContentReplay } from './content-replay';
import { FORGET_EVERY, forgetFontLayouts } from './font-layout-cache';
import { RegisterRowWriter } from './register-row-writer';
import { RowPaint } from './row-paint';
import type { ReportDocument } from './report-document';
import { COLOR, FONT, LANDSCAPE, SIZE, TABLE_COLOR, bodyBottom, contentWidth } from './report-style';
import { textOperators, writeContent } from './direct-text';
import { wrapLines } from './wrap-lines';

/** A column of a register: its header and its share of the page's width. */
export interface RegisterColumn {
  header: string;
  weight: number;
  align?: 'left' | 'right';
  /** The words the column's cells may hold when they come from a closed list (statuses, causes): none is cut inside. */
  words?: readonly string[];
}

/** What a register prints besides its rows. */
export interface RegisterSpec {
  title: string;
  continued: string;
  note: string;
  empty: string;
  columns: readonly RegisterColumn[];
}

const PAD = { x: 3, y: 2.4 } as const;
const GAP = { title: 6, note: 6, continued: 6, section: 24 } as const;
const TOP = LANDSCAPE.margins.top;
const BOTTOM = bodyBottom(LANDSCAPE);
const LEFT = LANDSCAPE.margins.left;
const WIDTH = contentWidth(LANDSCAPE);

/**
 * Marks a header cell as heading its column (the Table attribute /Scope /Column), which
 * pdfkit's typings do not expose; set before the cell joins its row, when it is written out.
 */
function columnScope(th: PDFKit.PDFStructureElement): void {
  (th as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.A = { O: 'Table', Scope: 'Column' };
}

/**
 * The columns' widths across the page: shares by weight, but never narrower than the
 * longest word of the column's header or of the closed list its cells come from, so a header ("Riferimento", "Conseguenze") wraps
 * between words and is never cut inside one. The width a column gains is taken from the
 * others in proportion to what they have above their own minimum.
 */
function columnWidths(doc: PDFKit.PDFDocument, columns: readonly RegisterColumn[]): number[] {
  const widest = (font: string, texts: readonly string[]) => {
    doc.font(font).fontSize(SIZE.register);
    return Math.max(0, ...texts.flatMap((text) => text.split(/\s+/)).map((word) => doc.widthOfString(word)));
  };
  const least = columns.map((c) => Math.max(widest(FONT.bold, [c.header]), widest(FONT.regular, c.words ?? [])) + 2 * PAD.x + 1);
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * WIDTH);
  const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, (least[i] ?? 0) - w), 0);
  const spare = widths.reduce((sum, w, i) => sum + Math.max(0, w - (least[i] ?? 0)), 0);
  if (deficit === 0 || spare <= deficit) return widths;
  return widths.map((w, i) => {
    const min = least[i] ?? 0;
    return w <= min ? min : w - ((w - min) / spare) * deficit;
  });
}

/**
 * The height of a row of `cells` in the current font: each cell wrapped to its column, the
 * tallest one deciding. Most cells are one line (`measure.width`); only those wider than
 * their column, or holding a line break, are wrapped (`measure.height`).
 */
function rowHeight(doc: PDFKit.PDFDocument, cells: readonly string[], widths: readonly number[], measure: CellMeasures): number {
  const line = doc.currentLineHeight(true);
  let tallest = line;
  cells.forEach((cell, i) => {
    const room = (widths[i] ?? 0) - 2 * PAD.x;
    if (cell === '' || (!cell.includes('\n') && measure.width(cell) <= room)) return;
    tallest = Math.max(tallest, measure.height(cell, room));
  });
  return tallest + 2 * PAD.y;
}

/**
 * A register laid out row by row on A4 landscape pages, however many rows it has: a title
 * and a note on its first page, "(continued)" and the column headers on each later one.
 * Cells wrap within their column and a row is as tall as its tallest cell; a row never
 * breaks across pages (one that does not fit starts the next page). Tagged as a real table
 * (Table, TR, TH with column scope, TD); the header row repeated on later pages is page
 * furniture. The data rows are written by a {@link RegisterRowWriter}, straight into the
 * page's content with their structure elements, and listed in the Table when it closes.
 *
 * With `draw` false nothing is drawn and no page is added: the same layout only counts the
 * pages it would take, so the report knows its page total before the first page is written;
 * it records each row's height in `heights`, which the drawing table given the same array
 * takes instead of measuring the rows again.
 */
export class RegisterTable {
  private readonly widths: number[];
  /** Each column's left edge. */
  private readonly lefts: number[];
  private readonly headerRow: number;
  /** Measures of row cells, in the regular register font. */
  private readonly measure: CellMeasures;
  private readonly writer: RegisterRowWriter;
  /** Writes the full-width note under a row, one cell across every column. */
  private readonly noteWriter: RegisterRowWriter;
  /** A data row's stripe and ink, as operators. */
  private readonly paint: RowPaint;
  private table: PDFKit.PDFStructureElement | null = null;
  /** The "(continued)" line and column headers of a later page: drawn once, then written again as they were. */
  private continued: { height: number; content: ContentReplay | null } | null = null;
  /** The object numbers of the data rows' TR elements, listed in the Table's kids when it closes. */
  private rowIds: number[] = [];
  private y: number = TOP;
  /** Where the previous register ended, for this one to follow on; null: on a new page. */
  private after: number | null = null;
  private opened = false;
  private rows = 0;
  private counted = 0;

  constructor(
    private readonly report: ReportDocument,
    private readonly section: PDFKit.PDFStructureElement | null,
    private readonly spec: RegisterSpec,
    private readonly draw = true,
    private readonly heights: number[] = [],
  ) {
    this.widths = columnWidths(report.doc, spec.columns);
    report.doc.font(FONT.regular).fontSize(SIZE.register);
    this.measure = cellMeasures(report.doc);
    this.lefts = this.widths.map((_, i) => LEFT + this.widths.slice(0, i).reduce((sum, w) => sum + w, 0));
    this.writer = new RegisterRowWriter(report.doc, report.raw, { lefts: this.lefts, widths: this.widths, aligns: spec.columns.map((c) => c.align ?? 'left'), pad: PAD });
    this.noteWriter = new RegisterRowWriter(report.doc, report.raw, { lefts: [LEFT], widths: [WIDTH], aligns: ['left'], pad: PAD });
    this.paint = new RowPaint(report.doc, TABLE_COLOR.stripe, COLOR.ink);
    report.doc.font(FONT.bold).fontSize(SIZE.register);
    this.headerRow = rowHeight(report.doc, spec.columns.map((c) => c.header), this.widths, cellMeasures(report.doc));
  }

  /** Pages the register took (or would take) so far. */
  pages(): number {
    return this.counted;
  }

  private newPage(): void {
    this.counted += 1;
    if (this.draw) this.report.addPage(LANDSCAPE);
    else if (this.counted % FORGET_EVERY === 0) forgetFontLayouts(this.report.doc);
    this.y = TOP;
  }

  /** A line of text across the page, tagged `type` under the section, or furniture when `type` is null. */
  private line(text: string, font: string, size: number, color: string, type: 'H1' | 'P' | null): void {
    const { doc } = this.report;
    doc.font(font).fontSize(size);
    const height = doc.heightOfString(text, { width: WIDTH });
    if (this.draw) {
      const y = this.y;
      const write = () => doc.fillColor(color).text(text, LEFT, y, { width: WIDTH });
      if (type && this.section) tagged(doc, this.section, type, write);
      else artifact(doc, 'Pagination', write);
    }
    this.y += height;
  }

  /** Draws a data row at the current position: its stripe, then its cells and their TR and TD elements in one piece. */
  private drawDataRow(cells: readonly string[], kind: 'odd' | 'even', height: number): void {
    const top = this.y;
    const prefix = this.rowStart(kind, top, height);
    const table = this.table as unknown as { dictionary: { id: number } } | null;
    if (!table) return;
    const tr = this.writer.row(cells, top, table.dictionary.id, (cell, i) => {
      this.cellText(cell, this.lefts[i] ?? LEFT, top, this.widths[i] ?? 0, height, this.spec.columns[i]?.align ?? 'left', false);
    }, 1, prefix);
    this.rowIds.push(tr);
  }

  /**
   * A data row's start: its stripe (on even rows) and the row font and ink, as operators to
   * write before the row's text ({@link RowPaint}), or drawn with pdfkit when marked content
   * is open on the page (then the empty string).
   */
  private rowStart(kind: 'odd' | 'even', top: number, height: number): string {
    const { doc } = this.report;
    doc.font(FONT.regular).fontSize(SIZE.register);
    const prefix = this.paint.prefix(kind === 'even', LEFT, top, WIDTH, height);
    if (prefix !== null) return prefix;
    if (kind === 'even') artifact(doc, 'Layout', () => doc.rect(LEFT, top, WIDTH, height).fillColor(TABLE_COLOR.stripe).fill());
    doc.font(FONT.regular).fontSize(SIZE.register).fillColor(COLOR.ink);
    return '';
  }

  /** Draws the full-width note under the row just drawn, on its stripe: one TR whose one TD spans every column. */
  private drawNoteRow(note: string, kind: 'odd' | 'even', height: number): void {
    const top = this.y;
    const prefix = this.rowStart(kind, top, height);
    const table = this.table as unknown as { dictionary: { id: number } } | null;
    if (!table) return;
    const tr = this.noteWriter.row([note], top, table.dictionary.id, (cell) => this.cellText(cell, LEFT, top, WIDTH, height, 'left', false), this.spec.columns.length, prefix);
    this.rowIds.push(tr);
  }

  /** Draws a row of cells at the current position, each cell a `cellType` element of a TR (or furniture). */
  private drawRow(cells: readonly string[], kind: 'header' | 'odd' | 'even', height: number, tagAs: 'TH' | 'TD' | null): void {
    const { doc } = this.report;
    const top = this.y;
    artifact(doc, 'Layout', () => {
      if (kind !== 'odd') doc.rect(LEFT, top, WIDTH, height).fillColor(kind === 'header' ? TABLE_COLOR.header : TABLE_COLOR.stripe).fill();
    });
    const tr = tagAs && this.table ? doc.struct('TR') : null;
    if (tr) this.table?.add(tr);
    doc.font(kind === 'header' ? FONT.bold : FONT.regular).fontSize(SIZE.register).fillColor(kind === 'header' ? TABLE_COLOR.headerText : COLOR.ink);
    let x = LEFT;
    cells.forEach((cell, i) => {
      const width = this.widths[i] ?? 0;
      const left = x;
      const write = () => {
        if (cell !== '') this.cellText(cell, left, top, width, height, this.spec.columns[i]?.align ?? 'left', kind !== 'header');
      };
      if (tr && tagAs === 'TH') {
        const th = doc.struct('TH', {}, [write]);
        columnScope(th);
        tr.add(th);
      } else if (tr) tagged(doc, tr, 'TD', write);
      else artifact(doc, 'Pagination', write);
      x += width;
    });
    tr?.end();
  }

  /**
   * A cell's text in its column. A row cell on one line that fits (most of them) is set at
   * its place directly, as pdfkit's line wrapper would set it, without the wrapper's cost;
   * others (headers, and any text that wraps) go through the wrapper, cut with an ellipsis
   * at the row's height.
   */
  private cellText(cell: string, x: number, top: number, width: number, height: number, align: 'left' | 'right', direct: boolean): void {
    const { doc } = this.report;
    const room = width - 2 * PAD.x;
    if (direct && !cell.includes('\n') && this.measure.width(cell) <= room) {
      const shift = align === 'right' ? room - this.measure.width(cell.trimEnd()) : 0;
      doc.text(cell, x + PAD.x + shift, top + PAD.y, { lineBreak: false });
    } else doc.text(cell, x + PAD.x, top + PAD.y, { width: room, height: height - PAD.y, align, ellipsis: true });
  }

  private header(first: boolean): void {
    const height = this.headerRow;
    if (this.draw) this.drawRow(this.spec.columns.map((c) => c.header), 'header', height, first ? 'TH' : null);
    this.y += height;
  }

  /**
   * The top of a later page: "(continued)" and the column headers, as furniture. Laid out
   * (and drawn) on the first such page only; later pages get the same content again.
   */
  private continuedHeader(): void {
    if (this.continued) {
      if (this.draw) this.continued.content?.replay(this.report.doc);
      this.y += this.continued.height;
      return;
    }
    const start = this.y;
    const draw = () => {
      this.line(this.spec.continued, FONT.bold, SIZE.small, COLOR.muted, null);
      this.y += GAP.continued;
      this.header(false);
    };
    const content = this.draw ? captureContent(this.report.doc, draw) : (draw(), null);
    this.continued = { height: this.y - start, content };
  }

  /**
   * Opens the register: title, note and the header row, laid out with its first row (or its "none" line), whose height
   * decides where it goes. On a new page, or, when `after` gives where the previous register ended on a landscape page,
   * below it if the opening and the first row fit there: a short register does not start a fresh page that leaves the
   * previous one's last rows alone on theirs, nor leaves its own header alone at a page's foot (lawyer review 5, E10).
   */
  start(after: number | null = null): void {
    this.after = after;
  }

  /** A later page of the register's opening: on a new page, its "(continued)" line. */
  private continuePage(): void {
    this.newPage();
    this.line(this.spec.continued, FONT.bold, SIZE.small, COLOR.muted, null);
    this.y += GAP.continued;
  }

  /**
   * The register's note as lines already broken (`lines`), over as many pages as they take, each page numbered and
   * headed "(continued)" as the register's later pages are: one P element, its marked content on each page, set as
   * pdfkit sets a line of text but without shaping every word anew.
   */
  private flowNote(lines: readonly string[]): void {
    const { doc } = this.report;
    doc.font(FONT.regular).fontSize(SIZE.small);
    const height = doc.currentLineHeight(true);
    const paragraph = this.draw && this.section ? doc.struct('P') : null;
    if (paragraph) this.section?.add(paragraph);
    for (let i = 0; i < lines.length; ) {
      if (this.y + height > BOTTOM) this.continuePage();
      const piece = lines.slice(i, i + Math.max(1, Math.floor((BOTTOM - this.y) / height)));
      const top = this.y;
      paragraph?.add(() => {
        doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
        writeContent(doc, piece.map((text, k) => textOperators(doc, text, LEFT, top + k * height)).join(''));
      });
      this.y += piece.length * height;
      i += piece.length;
    }
    paragraph?.end();
  }

  /** Lays out the opening, once the first row's height (`first`) is known. */
  private open(first: number): void {
    if (this.opened) return;
    this.opened = true;
    const { doc } = this.report;
    doc.font(FONT.bold).fontSize(SIZE.heading);
    const title = doc.heightOfString(this.spec.title, { width: WIDTH });
    doc.font(FONT.regular).fontSize(SIZE.small);
    // A note longer than half a page (section 7 naming thousands of requests open past the deadline) flows over as many pages as it takes.
    const lines = wrapLines(doc, this.spec.note, WIDTH);
    const flows = lines.length * doc.currentLineHeight(true) > (BOTTOM - TOP) / 2;
    const note = flows ? Infinity : doc.heightOfString(this.spec.note, { width: WIDTH });
    const after = this.after;
    if (after !== null && after + GAP.section + title + GAP.title + note + GAP.note + this.headerRow + first <= BOTTOM) this.y = after + GAP.section;
    else this.newPage();
    this.line(this.spec.title, FONT.bold, SIZE.heading, COLOR.accent, 'H1');
    this.y += GAP.title;
    if (flows) this.flowNote(lines);
    else this.line(this.spec.note, FONT.regular, SIZE.small, COLOR.muted, 'P');
    this.y += GAP.note;
    // The column headers stay with the first row: after a long note they may have to start the next page.
    if (flows && this.y + this.headerRow + first > BOTTOM) this.continuePage();
    if (this.draw && this.section) {
      this.table = this.report.doc.struct('Table');
      this.section.add(this.table);
      this.listRowsOnClose(this.table);
    }
    this.header(true);
  }

  /**
   * One row of the register, as tall as its tallest cell, on the next page if it does not fit on this one. A `note`
   * (a sentence too long for a column, such as the reason a breach was not notified) is printed across the page's
   * width under the row, on its stripe, and kept on the row's page.
   */
  row(cells: readonly string[], note: string | null = null): void {
    const { doc } = this.report;
    const fullPage = BOTTOM - TOP - this.headerRow - 2 * SIZE.small - GAP.continued;
    let height = this.draw ? this.heights[this.rows] : undefined;
    if (height === undefined) {
      doc.font(FONT.regular).fontSize(SIZE.register);
      height = Math.min(rowHeight(doc, cells, this.widths, this.measure), fullPage);
      if (!this.draw) this.heights.push(height);
    }
    doc.font(FONT.regular).fontSize(SIZE.register);
    const noteHeight = note === null ? 0 : Math.min(rowHeight(doc, [note], [WIDTH], this.measure), fullPage - height);
    this.open(height + noteHeight);
    doc.font(FONT.regular).fontSize(SIZE.register);
    if (this.y + height + noteHeight > BOTTOM) {
      this.newPage();
      this.continuedHeader();
    }
    const kind = this.rows % 2 === 0 ? 'odd' : 'even';
    if (this.draw) this.drawDataRow(cells, kind, height);
    this.y += height;
    if (note !== null) {
      if (this.draw) this.drawNoteRow(note, kind, noteHeight);
      this.y += noteHeight;
    }
    this.rows += 1;
  }

  /**
   * Makes the Table list the data rows written as text after the rows pdfkit knows (the
   * header): pdfkit fills the Table's kids just before it writes the Table, when it closes.
   */
  private listRowsOnClose(table: PDFKit.PDFStructureElement): void {
    const dictionary = (table as unknown as { dictionary: { data: { K?: unknown[] | null }; end(chunk?: unknown): void } }).dictionary;
    const end = dictionary.end.bind(dictionary);
    dictionary.end = (chunk?: unknown) => {
      if (this.rowIds.length > 0) dictionary.data.K = [...(dictionary.data.K ?? []), this.report.raw.printed(this.rowIds.map((id) => `${id} 0 R`).join(' '))];
      this.rowIds = [];
      end(chunk);
    };
  }

  /** Where the register ended on its last page, for the next one to follow on ({@link start}). */
  end(): number {
    return this.y;
  }

  /** Closes the register: its table, and a note when it had no rows. */
  finish(): void {
    this.report.doc.font(FONT.regular).fontSize(SIZE.body);
    this.open(this.report.doc.heightOfString(this.spec.empty, { width: WIDTH }) + GAP.note);
    this.table?.end();
    this.table = null;
    if (this.rows === 0) {
      this.y += GAP.note;
      this.line(this.spec.empty, FONT.regular, SIZE.body, COLOR.muted, 'P');
    }
  }
}
