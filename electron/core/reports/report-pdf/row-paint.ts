/** What pdfkit's document (0.20) offers here: its colour parsing, its current page's open marked content, and its fill colour. */
interface ColorState {
  _normalizeColor(color: string): number[] | null;
  _getColorSpace(color: number[]): string;
  _fillColor?: [string, number | undefined];
  page: { markings: unknown[] };
}

/** pdfkit's number format in content streams. */
const number = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * The operators a register row begins with, as pdfkit writes them (the same bytes, one line
 * each): on an even row the stripe behind it (a `Layout` artifact: the rectangle filled in
 * the stripe colour), then the ink colour its text is set in. pdfkit formats each colour
 * anew for every row (its components printed as long decimals) and writes each operator as
 * a buffer of its own; here the colours are formatted once and the operators join the row's
 * content. `prefix` is null while the page has marked content open, which pdfkit's
 * `markContent` would close first: the caller then draws the row's start with pdfkit.
 */
export class RowPaint {
  private readonly stripeOps: string;
  private readonly inkOps: string;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    stripe: string,
    private readonly ink: string,
  ) {
    this.stripeOps = this.fillOps(stripe);
    this.inkOps = this.fillOps(ink);
  }

  /** The operators before a row's text at `top` (`left`, `width` and `height` its stripe), its fill colour then set to the ink, as pdfkit's `fillColor` leaves it. */
  prefix(striped: boolean, left: number, top: number, width: number, height: number): string | null {
    const state = this.doc as unknown as ColorState;
    if (state.page.markings.length > 0) return null;
    state._fillColor = [this.ink, undefined];
    if (!striped) return this.inkOps;
    return `/Artifact <<\n/Type /Layout\n>> BDC\n${number(left)} ${number(top)} ${number(width)} ${number(height)} re\n${this.stripeOps}f\nEMC\n${this.inkOps}`;
  }

  /** pdfkit's `fillColor(color)` as content: the colour space, then the colour. */
  private fillOps(color: string): string {
    const state = this.doc as unknown as ColorState;
    const components = state._normalizeColor(color);
    if (!components) throw new Error(`Not a colour: ${color}`);
    return `/${state._getColorSpace(components)} cs\n${components.join(' ')} scn\n`;
  }
}
