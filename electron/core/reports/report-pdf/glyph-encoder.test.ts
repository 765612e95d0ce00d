import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontPath } from '../../assets-dir';
import { loadBreachLabels } from '../../documents/letters/template-files';
import { encoderOf } from './glyph-encoder';
import { loadReportLabels } from './report-labels';
import { reportWords } from './report-words';

/** The `TJ` operands pdfkit's own `text()` writes for `text`. */
function pdfkitTj(doc: PDFKit.PDFDocument, text: string): string {
  const written: string[] = [];
  const add = doc.addContent.bind(doc);
  doc.addContent = (data: string) => {
    written.push(data);
    return add(data);
  };
  doc.text(text, 10, 10, { lineBreak: false });
  doc.addContent = add;
  return written
    .filter((line) => line.endsWith(' TJ'))
    .map((line) => line.slice(0, -3))
    .join('');
}

describe('encoding register text without shaping every word', () => {
  const labels = loadReportLabels();
  const vocabulary = (['en', 'it'] as const).flatMap((language) => {
    const w = reportWords(labels, language, 'Europe/Rome');
    const tables = [w.labels.regimes, w.labels.types, w.labels.statuses, w.labels.outcomes, w.labels.refusalGrounds, w.labels.identity, w.labels.risk, w.labels.breachStatuses];
    const breach = loadBreachLabels();
    return [...tables, breach.causes, breach.severity].flatMap((table) => Object.keys(table).map((code) => w.code(table, code)));
  });
  const corpus = [
    ...vocabulary,
    '2026-0001', 'DSR-2026-04211', '2026-03-02', '02/03/2026', '12,5', '1.234', 'Sì', 'No', 'AVATAR Tây', 'Wolfgang Äpfel', 'Niccolò Lucà', 'office fluff ffi',
    'Tìtolo: “virgolette” – trattino', 'T.V. Yo, P.A.', 'L’impegno dell’organizzazione', '  spaces  ', 'tab\there', 'Zoë Ångström', '€ 12',
  ];

  for (const font of ['LiberationSans-Regular', 'LiberationSans-Bold'] as const) {
    it(`gives pdfkit's own glyphs, kerning and widths in ${font}`, () => {
      const doc = new PDFDocument({ autoFirstPage: false });
      doc.registerFont('f', fontPath(font));
      doc.addPage();
      doc.font('f').fontSize(7.2);
      const encoder = encoderOf(doc);
      for (const text of corpus) {
        expect(encoder.width(text), text).toBeCloseTo(doc.widthOfString(text) * (1000 / 7.2), 6);
        expect(encoder.encode(text).tj, text).toBe(pdfkitTj(doc, text));
      }
      // Not a trivial match: pairs are kerned ("AV", "Ta") and spaces end a shaped word.
      expect(encoder.encode('AVATAR Tây').tj).toMatch(/^\[<[0-9a-f]+> -?[1-9][\d.]* <[0-9a-f]+>/);
    });

    it(`gives pdfkit's own glyphs in ${font} for more distinct characters than it keeps apart (Latin, Greek, Cyrillic)`, () => {
      const doc = new PDFDocument({ autoFirstPage: false });
      doc.registerFont('f', fontPath(font));
      doc.addPage();
      doc.font('f').fontSize(7.2);
      const encoder = encoderOf(doc);
      const characters = Array.from({ length: 0x500 - 0x100 }, (_, i) => String.fromCodePoint(0x100 + i)).filter((c) => /\p{L}/u.test(c));
      expect(characters.length).toBeGreaterThan(512);
      for (let i = 0; i < characters.length; i += 24) {
        const text = `${characters.slice(i, i + 8).join('')} ${characters.slice(i + 8, i + 16).join('')}\t${characters.slice(i + 16, i + 24).join('')}`;
        expect(encoder.width(text), text).toBeCloseTo(doc.widthOfString(text) * (1000 / 7.2), 6);
        expect(encoder.encode(text).tj, text).toBe(pdfkitTj(doc, text));
      }
    });
  }
});
