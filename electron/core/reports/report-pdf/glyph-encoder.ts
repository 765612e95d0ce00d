/** What pdfkit's embedded font (0.20) offers here: its shaping of one run, its subset and the tables its ToUnicode map and widths come from. */
interface EmbeddedFont {
  id: string;
  layoutRun(text: string): { glyphs: { id: number; advanceWidth: number; codePoints: number[] }[]; positions: { xAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[] };
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
  ref(): unknown;
}

/** One glyph as a font's subset writes it: its id in hex, its advance with and without kerning (per 1,000 of the font size). */
interface Glyph {
  hex: string;
  xAdvance: number;
  advanceWidth: number;
}

/** A text as the `TJ` operator shows it, and its width per 1,000 of the font size. */
export interface EncodedText {
  tj: string;
  width: number;
}

/** A character shaped alone: its glyph in the subset, or null when shaping it alone is not the whole story (a ligature, a mark). */
type Shaped = { gid: number; id: number; advance: number } | null;

/** pdfkit's number format in content streams. */
const number = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Encodes texts in one of pdfkit's embedded fonts as pdfkit's own `text()` would (same glyphs,
 * same kerning, same `TJ` string, the glyphs added to the subset with their widths and
 * Unicode), without shaping every text anew. pdfkit shapes each word with fontkit (about
 * 0.2 ms for a reference like "2026-04211") and forgets its cache page by page; a register
 * of 100,000 requests shapes every reference three times (measured twice, drawn once). Here
 * each character is shaped once, and each pair of characters once for its kerning: for
 * a font whose shaping is glyph for character plus pair kerning (Liberation Sans: no
 * ligature or contextual feature fires in register text) the result is the same. Any
 * character or pair that shapes otherwise (a ligature, a mark, an offset) sends its whole
 * word to pdfkit's own shaping, as before. Words end after a space or tab, as pdfkit's do,
 * and are kerned within themselves only.
 */
export class GlyphEncoder {
  private readonly chars = new Map<string, Shaped>();
  /** Kerning by pair, keyed by both UTF-16 units in one number. */
  private readonly kerns = new Map<number, number | null>();

  constructor(private readonly font: EmbeddedFont) {}

  /** The font's resource name on a page (`F1`), and registers the font with the current page when it is not yet. */
  useOn(page: { fonts: Record<string, unknown> }): string {
    page.fonts[this.font.id] ??= this.font.ref();
    return this.font.id;
  }

  /** The text's width per 1,000 of the font size (what pdfkit's `widthOfString` gives for size 1,000). */
  width(text: string): number {
    let width = 0;
    for (const word of words(text)) for (const glyph of this.word(word)) width += glyph.xAdvance;
    return width;
  }

  /**
   * The text as pdfkit's `_fragment` writes it for `TJ`: runs of glyph ids in hex, each closed
   * by the kerning after its last glyph (`[<00120014> 20 <0005> 0]`), and its width per 1,000
   * of the font size. The glyphs are in the subset with their widths and Unicode.
   */
  encode(text: string): EncodedText {
    const commands: string[] = [];
    let width = 0;
    let hex = '';
    for (const word of words(text)) {
      for (const glyph of this.word(word)) {
        hex += glyph.hex;
        width += glyph.xAdvance;
        const kern = glyph.xAdvance - glyph.advanceWidth;
        if (kern !== 0) {
          commands.push(`<${hex}> ${number(-kern)}`);
          hex = '';
        }
      }
    }
    if (hex !== '') commands.push(`<${hex}> 0`);
    return { tj: `[${commands.join(' ')}]`, width };
  }

  /** A word's glyphs: composed from its characters and their pairs, or shaped whole by pdfkit when composing would not be the same. */
  private word(word: string): Glyph[] {
    const glyphs: Glyph[] = [];
    let previous: string | null = null;
    let last: Shaped = null;
    for (const c of word) {
      const glyph = this.char(c);
      if (!glyph) return this.shapedWhole(word);
      if (previous !== null && last) {
        const kern = this.kern(previous, c);
        if (kern === null) return this.shapedWhole(word);
        glyphs.push({ hex: hex4(last.gid), xAdvance: last.advance + kern, advanceWidth: last.advance });
      }
      previous = c;
      last = glyph;
    }
    if (last) glyphs.push({ hex: hex4(last.gid), xAdvance: last.advance, advanceWidth: last.advance });
    return glyphs;
  }

  /**
   * A character shaped alone: one glyph, no offset, its advance its width; otherwise null.
   * The glyph joins the subset at once, with its width and Unicode, as pdfkit's `encode` records them.
   */
  private char(c: string): Shaped {
    let shaped = this.chars.get(c);
    if (shaped === undefined) {
      const run = this.font.layoutRun(c);
      const glyph = run.glyphs[0];
      const position = run.positions[0];
      shaped = null;
      if (run.glyphs.length === 1 && glyph && position && !position.xOffset && !position.yOffset && position.xAdvance === position.advanceWidth) {
        const gid = this.record(glyph);
        shaped = { gid, id: glyph.id, advance: position.xAdvance };
      }
      this.chars.set(c, shaped);
    }
    return shaped;
  }

  /** The kerning of a pair (added to the first glyph's advance), or null when the pair shapes otherwise than its two glyphs. */
  private kern(a: string, b: string): number | null {
    const key = a.charCodeAt(0) * 0x10000 + b.charCodeAt(0);
    let kern = a.length === 1 && b.length === 1 ? this.kerns.get(key) : null;
    if (kern === undefined) {
      const first = this.char(a);
      const second = this.char(b);
      const run = this.font.layoutRun(a + b);
      const [p, q] = run.positions;
      const fits =
        first && second && p && q && run.glyphs.length === 2 && run.glyphs[0]?.id === first.id && run.glyphs[1]?.id === second.id && !p.xOffset && !p.yOffset && !q.xOffset && !q.yOffset && q.xAdvance === second.advance;
      kern = fits ? p.xAdvance - first.advance : null;
      this.kerns.set(key, kern);
    }
    return kern;
  }

  /** A word pdfkit shapes whole, as its own `encode` does. */
  private shapedWhole(word: string): Glyph[] {
    const run = this.font.layoutRun(word);
    return run.glyphs.map((glyph, i) => {
      const position = run.positions[i];
      return { hex: hex4(this.record(glyph)), xAdvance: position?.xAdvance ?? 0, advanceWidth: position?.advanceWidth ?? 0 };
    });
  }

  /** Adds a glyph to the subset with its width and Unicode, as pdfkit's `encode` does; its id in the subset. */
  private record(glyph: { id: number; advanceWidth: number; codePoints: number[] }): number {
    const gid = this.font.subset.includeGlyph(glyph.id);
    this.font.widths[gid] ??= glyph.advanceWidth * this.font.scale;
    this.font.unicode[gid] ??= glyph.codePoints;
    return gid;
  }
}

/** A glyph id as the font's `Identity-H` encoding writes it. */
const hex4 = (gid: number): string => `0000${gid.toString(16)}`.slice(-4);

/** The words pdfkit shapes apart: each ends after a space or a tab. */
function words(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** The encoder of the document's current font, one per font object (kept as long as the font). */
const encoders = new WeakMap<object, GlyphEncoder>();

/** The {@link GlyphEncoder} of the font `doc` has set. */
export function encoderOf(doc: PDFKit.PDFDocument): GlyphEncoder {
  const font = (doc as unknown as { _font: EmbeddedFont })._font;
  let encoder = encoders.get(font);
  if (!encoder) {
    encoder = new GlyphEncoder(font);
    encoders.set(font, encoder);
  }
  return encoder;
}
