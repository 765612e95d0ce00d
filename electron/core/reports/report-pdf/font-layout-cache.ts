type FontWithCache = { layoutCache?: Record<string, unknown> };

/**
 * Forgets the glyph layouts pdfkit has kept of every word set so far. pdfkit 0.20 caches
 * them per font for the life of the document, so a register of 100,000 references and
 * names would keep 100,000 layouts; cleared at each new page, the cache still serves the
 * words a page repeats (statuses, dates) and memory stays flat. Reads pdfkit's internal
 * font table; if its shape ever changes this does nothing, and only memory grows.
 */
export function forgetFontLayouts(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, FontWithCache> })._fontFamilies;
  for (const font of Object.values(families ?? {})) {
    if (font.layoutCache) font.layoutCache = Object.create(null) as Record<string, unknown>;
  }
}
