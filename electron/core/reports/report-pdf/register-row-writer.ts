import { encoderOf, type EncodedText, type GlyphEncoder } from './glyph-encoder';
import { ContentBytes } from './content-bytes';
import type { RawObjects } from './raw-objects';

/** What pdfkit's page (0.20) offers here: its object, its fonts and its content stream. */
interface Page {
  dictionary: { id: number };
  fonts: Record<string, unknown>;
  height: number;
  structParentTreeKey: number;
  write(chunk: Uint8Array): void;
}

/** pdfkit's structure parent tree: per page, the structure element of each marked-content id. */
interface ParentTree {
  get(key: number): unknown[];
}

/** Where a row's cells go: each cell's left edge and width, its alignment, and the padding inside it. */
export interface RowGeometry {
  lefts: readonly number[];
  widths: readonly number[];
  aligns: readonly ('left' | 'right')[];
  pad: { x: number; y: number };
}

/** pdfkit's number format in content streams. */
const number = (n: number): number => Math.round(n * 1e6) / 1e6;

/** More distinct cell texts than this and the encodings kept are forgotten and made afresh. */
const KEPT = 20_000;

/**
 * Writes a register's data rows straight into the page's content, as pdfkit's `text()` would
 * set each one-line cell (same glyphs, kerning and position; one text object for the row,
 * each cell's marked content inside it), tagged as pdfkit tags them: a
 * TR structure element per row, a TD per cell holding the cell's marked content, each
 * TD in the page's structure parent tree. The whole row goes to the content stream in one
 * piece (after the operators `prefix` gives, its stripe and colour), and its structure
 * elements are written as text at once. A cell that wraps (or does not fit on one line) is
 * handed back to `wrapped`, which sets it with pdfkit's line wrapper inside the TD's marked
 * content. Each distinct cell text is encoded once (dates, statuses and types recur on
 * thousands of rows), and a row makes no closure or list of its own: at 100,000 rows
 * what each row allocates is what the garbage collector spends its time on.
 */
export class RegisterRowWriter {
  private readonly encoder: GlyphEncoder;
  private readonly size: number;
  private readonly ascent: number;
  private readonly encoded = new Map<string, EncodedText>();
  /** The row being written: its TDs' object numbers and their marked contents' ids (-1: an empty cell), reused from row to row. */
  private readonly ids: number[] = [];
  private readonly mcids: number[] = [];
  /** The row's content operators, as bytes. */
  private readonly content = new ContentBytes();
  /** Each column's left edge for a left-aligned cell, as content writes it. */
  private readonly lefts: string[];
  /** The operators opening a row's text object, and the page height they were made for. */
  private start = { height: NaN, text: '' };

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly raw: RawObjects,
    private readonly geometry: RowGeometry,
  ) {
    this.encoder = encoderOf(doc);
    const current = doc as unknown as { _font: { ascender: number }; _fontSize: number };
    this.size = current._fontSize;
    this.ascent = (current._font.ascender / 1000) * this.size;
    this.lefts = geometry.lefts.map((left) => String(number(left + geometry.pad.x)));
  }

  /** A left-aligned cell's left edge in column `i`. */
  private left(i: number): string {
    return this.lefts[i] ?? String(number(this.geometry.pad.x));
  }

  /** The operators opening a row's text object on a page `height` high, in the row font (resource `font`). */
  private textObjectStart(height: number, font: string): string {
    if (this.start.height !== height) this.start = { height, text: `q\n1 0 0 -1 0 ${number(height)} cm\nBT\n/${font} ${number(this.size)} Tf\n` };
    return this.start.text;
  }

  /** The width of a text in the row font, as pdfkit's `widthOfString` gives it. */
  width(text: string): number {
    return (this.encoder.width(text) * this.size) / 1000;
  }

  /** A one-line text as `TJ` shows it, encoded once per distinct text (bounded). */
  private encode(text: string): EncodedText {
    let encoded = this.encoded.get(text);
    if (encoded === undefined) {
      if (this.encoded.size >= KEPT) this.encoded.clear();
      encoded = this.encoder.encode(text);
      this.encoded.set(text, encoded);
    }
    return encoded;
  }

  /**
   * Writes one row's cells at `top`, under a new TR whose parent is `table`; returns the TR's
   * object number. The row font is set (with pdfkit) before this is called, and the fill
   * colour too, or `prefix` sets it (operators written before the row's text).
   * `colSpan`: how many of the table's columns each cell spans (a full-width note: all of them).
   */
  row(cells: readonly string[], top: number, table: number, wrapped: (cell: string, index: number) => void, colSpan = 1, prefix = ''): number {
    const internals = this.doc as unknown as { page: Page; getStructParentTree(): ParentTree };
    const page = internals.page;
    const parents = internals.getStructParentTree().get(page.structParentTreeKey);
    const font = this.encoder.useOn(page);
    const tr = this.raw.allocate();
    const { ids, mcids } = this;
    ids.length = 0;
    mcids.length = 0;
    const content = this.content;
    if (prefix !== '') content.text(prefix);
    const { lefts, widths, aligns, pad } = this.geometry;
    // A cell across several columns says so (the Table attribute /ColSpan), as a full-width note under a row does.
    const span = colSpan > 1 ? `/A <<\n/O /Table\n/ColSpan ${colSpan}\n>>\n` : '';
    const pageRef = `/Pg ${page.dictionary.id} 0 R\n`;
    const y = ` ${number(page.height - (top + pad.y) - this.ascent)} Tm\n`;
    // One text object for the row's one-line cells, each cell's marked content inside it.
    let open = false;
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i] as string;
      const td = this.raw.allocate();
      ids.push(td);
      if (cell === '') {
        mcids.push(-1);
        continue;
      }
      const mcid = parents.length;
      // The TD by its object number: the parent tree prints it as a reference ({@link ParentTreeLeaves}).
      parents.push(td);
      mcids.push(mcid);
      const room = (widths[i] ?? 0) - 2 * pad.x;
      const encoded = cell.includes('\n') ? null : this.encode(cell);
      if (encoded && (encoded.width * this.size) / 1000 <= room) {
        if (!open) content.text(this.textObjectStart(page.height, font));
        open = true;
        content.text('/TD <<\n/MCID ');
        content.digits(mcid);
        content.text('\n>> BDC\n1 0 0 1 ');
        content.text(aligns[i] === 'right' ? String(number((lefts[i] ?? 0) + pad.x + (room - this.width(cell.trimEnd())))) : this.left(i));
        content.text(y);
        content.text(encoded.tj);
        content.text(' TJ\nEMC\n');
      } else {
        if (open) content.text('ET\nQ\n');
        open = false;
        content.text('/TD <<\n/MCID ');
        content.digits(mcid);
        content.text('\n>> BDC\n');
        page.write(content.take());
        wrapped(cell, i);
        content.text('EMC\n');
      }
    }
    if (open) content.text('ET\nQ\n');
    if (!content.empty()) page.write(content.take());
    this.writeElements(tr, table, `${pageRef}${span}`);
    return tr;
  }

  /**
   * Writes the row's structure elements, as pdfkit prints them: each TD (under TR `tr`; one
   * with marked content names its page and any attributes, `where`, and its marked content),
   * then the TR (under `table`) listing its TDs.
   */
  private writeElements(tr: number, table: number, where: string): void {
    const { ids, mcids, raw } = this;
    for (let i = 0; i < ids.length; i += 1) {
      const td = raw.begin(ids[i] as number);
      td.text('<<\n/S /TD\n/P ');
      td.digits(tr);
      td.text(' 0 R\n');
      const mcid = mcids[i] as number;
      if (mcid >= 0) {
        td.text(where);
        td.text('/K [');
        td.digits(mcid);
        td.text(']\n');
      }
      td.text('>>');
      raw.end();
    }
    const row = raw.begin(tr);
    row.text('<<\n/S /TR\n/P ');
    row.digits(table);
    row.text(' 0 R\n/K [');
    for (let i = 0; i < ids.length; i += 1) {
      if (i > 0) row.text(' ');
      row.digits(ids[i] as number);
      row.text(' 0 R');
    }
    row.text(']\n>>');
    raw.end();
  }
}
