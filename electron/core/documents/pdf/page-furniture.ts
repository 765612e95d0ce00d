import { fillPlaceholders } from '../letters/placeholders';
import type { LetterLayout } from './letter-layout';
import { COLOR, CONTENT_WIDTH, FONT, MARGIN, PAGE, SIZE } from './letter-style';
import { artifact } from './tagging';

/** On pages after the first: who the letter is for and its date, so a loose page can be placed. */
function drawContinuationHeader(doc: PDFKit.PDFDocument, layout: LetterLayout): void {
  const date = layout.references[0]?.value ?? '';
  artifact(doc, 'Pagination', () => {
    doc.font(FONT.regular).fontSize(SIZE.footer).fillColor(COLOR.muted);
    doc.text(`${layout.recipient.name}  ·  ${date}`, MARGIN.left, MARGIN.top - 26, { width: CONTENT_WIDTH, lineBreak: false });
  });
}

/** A preview's mark across the page, light enough to read the letter through, outside the structure tree. */
function drawDraftMark(doc: PDFKit.PDFDocument, mark: string): void {
  artifact(doc, 'Page', () => {
    doc.save();
    doc.rotate(-35, { origin: [PAGE.width / 2, PAGE.height / 2] });
    doc.font(FONT.bold).fontSize(96).fillColor(COLOR.draft, 0.18);
    doc.text(mark, 0, PAGE.height / 2 - 48, { width: PAGE.width, align: 'center', lineBreak: false });
    doc.restore();
  });
}

/**
 * The footer of every page, written once the page count is known: a rule, the
 * organisation and reference on the left and "Page n of N" on the right, and from page 2
 * a running header; all marked as pagination artifacts so screen readers skip them.
 */
export function drawPageFurniture(doc: PDFKit.PDFDocument, layout: LetterLayout): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const ruleY = PAGE.height - MARGIN.bottom + 26;
    const label = fillPlaceholders(layout.pageLabel, (key) => (key === 'page.number' ? String(i - start + 1) : String(count)));
    artifact(doc, 'Pagination', () => {
      doc.moveTo(MARGIN.left, ruleY).lineTo(PAGE.width - MARGIN.right, ruleY).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
      doc.font(FONT.regular).fontSize(SIZE.footer).fillColor(COLOR.muted);
      doc.text(layout.footer, MARGIN.left, ruleY + 7, { width: CONTENT_WIDTH * 0.75, lineBreak: false });
      doc.text(label, MARGIN.left, ruleY + 7, { width: CONTENT_WIDTH, align: 'right', lineBreak: false });
    });
    if (i > start) drawContinuationHeader(doc, layout);
    if (layout.draftMark) drawDraftMark(doc, layout.draftMark);
    doc.page.margins.bottom = bottomMargin;
  }
}
