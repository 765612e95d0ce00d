import { pdfToBuffer } from '../pdf-to-buffer';
import { drawBody } from './body-renderer';
import { createLetterDocument } from './create-letter-document';
import type { LetterLayout } from './letter-layout';
import { drawLetterhead } from './letterhead';
import { drawPageFurniture } from './page-furniture';
import { drawRecipientBlock } from './recipient-block';
import { drawSignature, signatureHeight } from './signature-block';

/**
 * Lays out a letter as a tagged PDF/A-2b A4 document: letterhead, recipient and
 * references, subject, body, signature, and a footer with page numbers on every page.
 */
export async function renderLetterPdf(layout: LetterLayout): Promise<Buffer> {
  const { doc, root } = createLetterDocument(layout);
  const done = pdfToBuffer(doc);
  const belowHead = drawLetterhead(doc, root, layout);
  const belowRecipient = drawRecipientBlock(doc, root, layout, belowHead);
  drawBody(doc, root, layout, belowRecipient + 30, signatureHeight(doc, layout));
  drawSignature(doc, root, layout);
  root.end();
  drawPageFurniture(doc, layout);
  doc.end();
  return done;
}
