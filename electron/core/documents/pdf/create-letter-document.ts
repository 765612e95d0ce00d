import PDFDocument from 'pdfkit';
import { fontPath } from '../../assets-dir';
import type { LetterLayout } from './letter-layout';
import { FONT, MARGIN, PAGE } from './letter-style';
import { xmpSafe } from './xmp-safe';

/** An open letter PDF and the root of its structure tree. */
export interface LetterDocument {
  doc: PDFKit.PDFDocument;
  root: PDFKit.PDFStructureElement;
}

/**
 * A new A4 PDF set up for archiving and accessibility: PDF/A-2b identification (XMP,
 * sRGB output intent, only embedded fonts: Liberation Sans, so Łódź, Ørsted and Σωκράτης
 * print and extract), tagged with a structure tree under one `Document` element, the
 * natural language and the title shown by viewers. Pages are buffered so page numbers
 * ("Page 1 of 2") can be written once the last page is known.
 *
 * The font is not passed to the constructor: pdfkit 0.20 then caches it under its file
 * path only, and every `doc.font(FONT.regular)` would parse the TTF again (tens of ms
 * per letter). pdfkit's initial Helvetica is never drawn with, so never written.
 */
export function createLetterDocument(layout: LetterLayout): LetterDocument {
  const regular = fontPath('LiberationSans-Regular');
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: MARGIN,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: layout.language === 'it' ? 'it-IT' : 'en-GB',
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: xmpSafe(layout.title),
      Author: xmpSafe(`${layout.dpo.name}, ${layout.organisation.name}`),
      Subject: xmpSafe(layout.metadata.subject),
      Keywords: xmpSafe(layout.metadata.keywords.join('; ')),
      Creator: 'DPO Desk',
      Producer: 'DPO Desk (PDFKit)',
      CreationDate: layout.metadata.createdAt,
    },
  });
  doc.registerFont(FONT.regular, regular);
  doc.registerFont(FONT.bold, fontPath('LiberationSans-Bold'));
  doc.font(FONT.regular);
  const root = doc.struct('Document');
  doc.addStructure(root);
  return { doc, root };
}
