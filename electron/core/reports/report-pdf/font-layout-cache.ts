type FontWithCache = { layoutCache?: Record<string, unknown> };

/** More words kept than this in a font's cache, and it is forgotten. */
const KEPT = 4_000;

/** The caches are looked at on every this many pages only (counting a cache's words costs as much as it holds). */
export const FORGET_EVERY = 64;

/**
 * Forgets the glyph layouts pdfkit has kept of every word set so far, once a font keeps more
 * than {@link KEPT} (called every {@link FORGET_EVERY} pages). pdfkit 0.20 caches them per font for the life of the document; the
 * registers' rows no longer go through it (see `GlyphEncoder`), but wrapped cells, headers,
 * footers and page numbers do: the words a page repeats stay cached from page to page, and
 * memory stays flat however long the report. Reads pdfkit's
 * internal font table; if its shape ever changes this does nothing, and only memory grows.
 */
export function forgetFontLayouts(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, FontWithCache> })._fontFamilies;
  for (const font of Object.values(families ?? {})) {
    if (font.layoutCache && Object.keys(font.layoutCache).length > KEPT) font.layoutCache = Object.create(null) as Record<string, unknown>;
  }
}
