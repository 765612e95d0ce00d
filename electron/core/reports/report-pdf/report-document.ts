import PDFDocument from 'pdfkit';
import { fontPath } from '../../assets-dir';
import type { LetterLanguage } from '../../../shared/document-contract';
import { artifact } from '../../documents/pdf/tagging';
import { xmpSafe } from '../../documents/pdf/xmp-safe';
import { batchOutput } from './batched-output';
import { DeflateQueue } from './deflate-queue';
import { compressPageLater } from './fast-page-compression';
import { captureContent, type ContentReplay } from './content-replay';
import { textOperators, textWidth, writeContent } from './direct-text';
import { FORGET_EVERY, forgetFontLayouts } from './font-layout-cache';
import { packObjects } from './packed-objects';
import { ParentTreeLeaves } from './parent-tree-leaves';
import { RawObjects } from './raw-objects';
import { COLOR, FONT, MONO, SIZE, type PageGeometry } from './report-style';

/** What every page shows at its foot: who and what on the left, "Page n of N" on the right. */
export interface ReportFurniture {
  footer: string;
  /** The page label for page `n`. */
  pageLabel(n: number): string;
}

/** An open report PDF: the document, its structure root, and pages added in either shape. */
export interface ReportDocument {
  doc: PDFKit.PDFDocument;
  root: PDFKit.PDFStructureElement;
  /** Objects written as text beside pdfkit's (the registers' structure elements). */
  raw: RawObjects;
  /** Where page contents and object streams are compressed, off the main thread: a long writer waits for its room now and then. */
  compression: DeflateQueue;
  /** The shape of the current page. */
  geometry(): PageGeometry;
  addPage(geometry: PageGeometry): void;
  pages(): number;
}

/** The report's language and metadata (no personal data), and its page furniture. */
export interface ReportDocumentOptions {
  language: LetterLanguage;
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  createdAt: Date;
  /** Null while counting pages (a dry run), when there is no total yet. */
  furniture: ReportFurniture | null;
}

/**
 * Draws the page's footer: the rule and the footer text, laid out once per page shape and
 * then written again as they were ({@link captureContent}), and "Page n of N" set at the
 * right edge without pdfkit's line wrapper.
 */
function drawFooter(doc: PDFKit.PDFDocument, g: PageGeometry, furniture: ReportFurniture, n: number, kept: Map<PageGeometry, ContentReplay>): void {
  const y = g.height - g.margins.bottom + 22;
  const same = kept.get(g);
  if (same) same.replay(doc);
  else {
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    kept.set(
      g,
      captureContent(doc, () =>
        artifact(doc, 'Pagination', () => {
          doc.moveTo(g.margins.left, y - 7).lineTo(g.width - g.margins.right, y - 7).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
          doc.font(FONT.regular).fontSize(SIZE.footer).fillColor(COLOR.muted);
          doc.text(furniture.footer, g.margins.left, y, { lineBreak: false });
        }),
      ),
    );
    doc.page.margins.bottom = bottomMargin;
  }
  doc.font(FONT.regular).fontSize(SIZE.footer).fillColor(COLOR.muted);
  const label = furniture.pageLabel(n);
  artifact(doc, 'Pagination', () => writeContent(doc, textOperators(doc, label, g.width - g.margins.right - textWidth(doc, label.trimEnd()), y)));
  doc.x = g.margins.left;
  doc.y = g.margins.top;
}

/**
 * A report PDF as the letters are made (PDF/A-2b, tagged, Liberation fonts embedded, title
 * and language set) but not buffered: each page is written out as the next begins, so a
 * register of any length streams to the file. Page furniture is drawn as each page opens,
 * from a page count known in advance; the fonts' word layouts are forgotten page by page,
 * each finished page's part of the structure parent tree is written out as a leaf of it, page contents
 * and object streams are compressed off the main thread, and the output goes to the file in
 * 64 kB chunks.
 */
export function createReportDocument(options: ReportDocumentOptions): ReportDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: options.language === 'it' ? 'it-IT' : 'en-GB',
    displayTitle: true,
    info: {
      Title: xmpSafe(options.title),
      Author: xmpSafe(options.author),
      Subject: xmpSafe(options.subject),
      Keywords: xmpSafe(options.keywords.join('; ')),
      Creator: 'DPO Desk',
      Producer: 'DPO Desk (PDFKit)',
      CreationDate: options.createdAt,
    },
  });
  batchOutput(doc);
  // A compression that fails (out of memory) fails the document: its readers see the error.
  const compression = new DeflateQueue((error) => doc.destroy(error));
  const streams = packObjects(doc, compression);
  doc.registerFont(FONT.regular, fontPath('LiberationSans-Regular'));
  doc.registerFont(FONT.bold, fontPath('LiberationSans-Bold'));
  doc.registerFont(MONO, fontPath('LiberationMono-Regular'));
  const root = doc.struct('Document');
  doc.addStructure(root);
  let current: PageGeometry | null = null;
  const footers = new Map<PageGeometry, ContentReplay>();
  let count = 0;
  const raw = new RawObjects(doc, streams, (root as unknown as { dictionary: object }).dictionary);
  const parents = new ParentTreeLeaves(doc, raw);
  return {
    doc,
    root,
    raw,
    compression,
    geometry() {
      if (!current) throw new Error('The report has no page yet');
      return current;
    },
    addPage(geometry) {
      current = geometry;
      count += 1;
      parents.pageFinished();
      doc.addPage({ size: [geometry.width, geometry.height], margins: geometry.margins });
      compressPageLater(doc, compression);
      if (count % FORGET_EVERY === 0) forgetFontLayouts(doc);
      // The footer is drawn in its own size and colour: what follows is written in the body's, whatever was set before.
      if (options.furniture) drawFooter(doc, geometry, options.furniture, count, footers);
      doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.ink);
    },
    pages: () => count,
  };
}
