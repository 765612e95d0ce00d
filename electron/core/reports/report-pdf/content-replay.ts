/** What pdfkit's page (0.20) offers here: its content stream and its font resources. */
interface Page {
  write(chunk: string | Uint8Array): void;
  fonts: Record<string, unknown>;
}

/** Content drawn once, written again as it was on later pages. */
export interface ContentReplay {
  /** Writes the content on the document's current page, with the fonts it uses. */
  replay(doc: PDFKit.PDFDocument): void;
}

const pageOf = (doc: PDFKit.PDFDocument): Page => (doc as unknown as { page: Page }).page;

/**
 * Runs `draw` with pdfkit on the current page and keeps the bytes it added to the page's
 * content, so that page furniture drawn the same on every page (a register's "(continued)"
 * line and column headers, the footer's rule and text) is laid out once, not wrapped and
 * shaped again on each of thousands of pages. Only for untagged content (artifacts): marked
 * content tied to the structure tree must not be repeated.
 */
export function captureContent(doc: PDFKit.PDFDocument, draw: () => void): ContentReplay {
  const page = pageOf(doc);
  const chunks: Buffer[] = [];
  const write = page.write.bind(page);
  page.write = (chunk) => {
    chunks.push(typeof chunk === 'string' ? Buffer.from(`${chunk}\n`, 'latin1') : Buffer.from(chunk));
    write(chunk);
  };
  try {
    draw();
  } finally {
    delete (page as Partial<Page>).write;
  }
  const content = Buffer.concat(chunks);
  const fonts = { ...page.fonts };
  return {
    replay(target) {
      const current = pageOf(target);
      current.write(content);
      for (const [name, font] of Object.entries(fonts)) current.fonts[name] ??= font;
    },
  };
}
