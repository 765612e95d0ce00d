import { ContentBytes } from './content-bytes';

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

/** pdfkit's number format in content streams. */
const number = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Characters given a slot of their own (Latin-1 by code, any other as first met); beyond, a word is shaped whole. */
const SLOTS = 512;
/** A character's or a pair's state: not yet shaped, composed of its glyphs (a glyph alone; a pair kerned), or shaped otherwise. */
const UNKNOWN = 0;
const COMPOSED = 1;
const OTHERWISE = 2;

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
 * and are kerned within themselves only. What is known of each character and pair sits in
 * typed tables by slot, so a text is measured and encoded without making an object or a
 * string per glyph (a register of 100,000 requests has some 15 million characters).
 */
export class GlyphEncoder {
  /** Slots of the characters beyond Latin-1, by code point. */
  private readonly slots = new Map<number, number>();
  private readonly state = new Uint8Array(SLOTS);
  private readonly advance = new Float64Array(SLOTS);
  private readonly hex: string[] = new Array<string>(SLOTS).fill('');
  /** The glyph id (in the font, not the subset) of each character shaped alone, by slot. */
  private readonly glyphIds = new Map<number, number>();
  /** Per first character's slot, made when it first begins a pair: each pair's state and its kerning (added to the first glyph's advance), by the second's slot. */
  private readonly pairStates: (Uint8Array | undefined)[] = [];
  private readonly pairKerns: (Float64Array | undefined)[] = [];

  constructor(private readonly font: EmbeddedFont) {}

  /** The font's resource name on a page (`F1`), and registers the font with the current page when it is not yet. */
  useOn(page: { fonts: Record<string, unknown> }): string {
    page.fonts[this.font.id] ??= this.font.ref();
    return this.font.id;
  }

  /** The text's width per 1,000 of the font size (what pdfkit's `widthOfString` gives for size 1,000). */
  width(text: string): number {
    let width = 0;
    let i = 0;
    while (i < text.length) {
      const start = i;
      const before = width;
      let composed = true;
      let previous = -1;
      let last = -1;
      while (i < text.length) {
        const c = text.codePointAt(i) ?? 0;
        i += c > 0xffff ? 2 : 1;
        if (composed) {
          const slot = this.alone(c);
          const kern = slot < 0 ? NaN : last < 0 ? 0 : this.kern(previous, last, c, slot);
          if (Number.isNaN(kern)) composed = false;
          else {
            if (last >= 0) width += (this.advance[last] ?? 0) + kern;
            previous = c;
            last = slot;
          }
        }
        if (c === 32 || c === 9) break;
      }
      if (!composed) {
        width = before;
        for (const glyph of this.shapedWhole(text.slice(start, i))) width += glyph.xAdvance;
      } else if (last >= 0) width += this.advance[last] ?? 0;
    }
    return width;
  }

  /**
   * The text as pdfkit's `_fragment` writes it for `TJ`: runs of glyph ids in hex, each closed
   * by the kerning after its last glyph (`[<00120014> 20 <0005> 0]`), and its width per 1,000
   * of the font size. The glyphs are in the subset with their widths and Unicode.
   */
  encode(text: string): EncodedText {
    // Built in place, as bytes, without a closure, an object per word, a list of runs or a string per piece: a register encodes some 15 million characters.
    const tj = this.tj;
    tj.clear();
    tj.text('[');
    this.runs = 0;
    this.run.clear();
    this.encodedWidth = 0;
    let i = 0;
    while (i < text.length) {
      const start = i;
      const width = this.encodedWidth;
      const run = this.run.size();
      const written = tj.size();
      const runs = this.runs;
      let composed = true;
      let previous = -1;
      let last = -1;
      while (i < text.length) {
        const c = text.codePointAt(i) ?? 0;
        i += c > 0xffff ? 2 : 1;
        if (composed) {
          const slot = this.alone(c);
          const kern = slot < 0 ? NaN : last < 0 ? 0 : this.kern(previous, last, c, slot);
          if (Number.isNaN(kern)) composed = false;
          else {
            if (last >= 0) this.glyph(this.hex[last] ?? '', (this.advance[last] ?? 0) + kern, this.advance[last] ?? 0);
            previous = c;
            last = slot;
          }
        }
        if (c === 32 || c === 9) break;
      }
      if (!composed) {
        this.encodedWidth = width;
        this.run.truncate(run);
        tj.truncate(written);
        this.runs = runs;
        for (const shaped of this.shapedWhole(text.slice(start, i))) this.glyph(shaped.hex, shaped.xAdvance, shaped.advanceWidth);
      } else if (last >= 0) this.glyph(this.hex[last] ?? '', this.advance[last] ?? 0, this.advance[last] ?? 0);
    }
    if (!this.run.empty()) this.closeRun('0');
    tj.text(']');
    return { tj: tj.latin1(), width: this.encodedWidth };
  }

  /** The text being encoded: its `TJ` so far (runs closed), how many runs, the open run's glyphs in hex, and its width so far. */
  private readonly tj = new ContentBytes();
  private runs = 0;
  private readonly run = new ContentBytes();
  private encodedWidth = 0;

  /** Adds a glyph to the text being encoded; a kerning after it closes the run. */
  private glyph(glyphHex: string, xAdvance: number, advanceWidth: number): void {
    this.run.text(glyphHex);
    this.encodedWidth += xAdvance;
    const kern = xAdvance - advanceWidth;
    if (kern !== 0) this.closeRun(String(number(-kern)));
  }

  /** Closes the open run with the adjustment after it, as pdfkit writes it (`<00120014> 20`). */
  private closeRun(adjust: string): void {
    this.tj.text(this.runs > 0 ? ' <' : '<');
    this.tj.append(this.run);
    this.tj.text('> ');
    this.tj.text(adjust);
    this.runs += 1;
    this.run.clear();
  }

  /**
   * The slot of character `c` when it shapes alone as one glyph, no offset, its advance its
   * width; otherwise (or when the slots are all taken) -1. Shaped the first time it is met,
   * the glyph joining the subset at once, with its width and Unicode, as pdfkit's `encode`
   * records them.
   */
  private alone(c: number): number {
    let slot = c < 256 ? c : this.slots.get(c);
    if (slot === undefined) {
      if (this.slots.size >= SLOTS - 256) return -1;
      slot = 256 + this.slots.size;
      this.slots.set(c, slot);
    }
    if (this.state[slot] === UNKNOWN) {
      const run = this.font.layoutRun(String.fromCodePoint(c));
      const glyph = run.glyphs[0];
      const position = run.positions[0];
      this.state[slot] = OTHERWISE;
      if (run.glyphs.length === 1 && glyph && position && !position.xOffset && !position.yOffset && position.xAdvance === position.advanceWidth) {
        this.state[slot] = COMPOSED;
        this.advance[slot] = position.xAdvance;
        this.hex[slot] = hex4(this.record(glyph));
        this.glyphIds.set(slot, glyph.id);
      }
    }
    return this.state[slot] === COMPOSED ? slot : -1;
  }

  /** The kerning of a pair of characters that shape alone (`a` in slot `sa`, `b` in `sb`), or NaN when the pair shapes otherwise than its two glyphs. */
  private kern(a: number, sa: number, b: number, sb: number): number {
    let states = this.pairStates[sa];
    let kerns = this.pairKerns[sa];
    if (!states || !kerns) {
      states = this.pairStates[sa] = new Uint8Array(SLOTS);
      kerns = this.pairKerns[sa] = new Float64Array(SLOTS);
    }
    if (states[sb] === UNKNOWN) {
      const run = this.font.layoutRun(String.fromCodePoint(a) + String.fromCodePoint(b));
      const [p, q] = run.positions;
      const fits =
        p && q && run.glyphs.length === 2 && run.glyphs[0]?.id === this.glyphIds.get(sa) && run.glyphs[1]?.id === this.glyphIds.get(sb) && !p.xOffset && !p.yOffset && !q.xOffset && !q.yOffset && q.xAdvance === this.advance[sb];
      states[sb] = fits ? COMPOSED : OTHERWISE;
      if (fits) kerns[sb] = p.xAdvance - (this.advance[sa] ?? 0);
    }
    return states[sb] === COMPOSED ? (kerns[sb] ?? 0) : NaN;
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
