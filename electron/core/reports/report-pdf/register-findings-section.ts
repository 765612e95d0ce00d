import type { RegisterFindings } from '../../../shared/registers';
import type { LetterLanguage } from '../../../shared/document-contract';
import { formatCivilDate } from '../../documents/letters/format-date';
import { drawGrid } from './grid-table';
import type { ReportDocument } from './report-document';
import { heading, paragraph } from './report-text';

const WORDS = {
  title: { en: '5. Registers (Arts. 28, 30, 44–49)', it: '5. Registri (artt. 28, 30, 44–49)' },
  intro: {
    en: 'What the record of processing, the processors and the transfers lacked on {{date}}, as an inspector would ask about it first.',
    it: 'Cosa mancava al registro dei trattamenti, ai responsabili e ai trasferimenti al {{date}}, come lo chiederebbe per primo un ispettore.',
  },
  none: { en: 'Nothing: every activity has a legal basis and a retention rule, every processor a contract, every transfer a safeguard, and no review is overdue.', it: 'Nulla: ogni trattamento ha una base giuridica e un termine di conservazione, ogni responsabile un contratto, ogni trasferimento una garanzia, e nessuna revisione è scaduta.' },
  finding: { en: 'Finding', it: 'Rilievo' },
  number: { en: 'Number', it: 'Numero' },
  entries: { en: 'Entries', it: 'Voci' },
  noBasis: { en: 'Activities without a legal basis', it: 'Trattamenti senza base giuridica' },
  noRetention: { en: 'Activities without a retention rule', it: 'Trattamenti senza termine di conservazione' },
  overdue: { en: 'Reviews overdue', it: 'Revisioni scadute' },
  noContract: { en: 'Processors without an Art. 28 contract', it: 'Responsabili senza contratto art. 28' },
  noSafeguard: { en: 'Transfers without a safeguard', it: 'Trasferimenti senza garanzie' },
} as const;

/**
 * The audit report's register section: one row per kind of gap with how many entries it
 * concerns and which. Deterministic, so the report's dry run counts its pages.
 */
export function drawRegisterFindings(doc: ReportDocument, findings: RegisterFindings, language: LetterLanguage, asOf: string): void {
  const w = (key: keyof typeof WORDS) => WORDS[key][language];
  const section = doc.doc.struct('Sect');
  doc.root.add(section);
  heading(doc, section, 'H1', w('title'));
  paragraph(doc, section, w('intro').replace('{{date}}', formatCivilDate(asOf, language)));
  const rows: [string, string[]][] = [
    [w('noBasis'), findings.activitiesWithoutLegalBasis.map((a) => `${a.reference} ${a.name}`)],
    [w('noRetention'), findings.activitiesWithoutRetention.map((a) => `${a.reference} ${a.name}`)],
    [w('overdue'), findings.overdueReviews.map((r) => `${r.name} (${formatCivilDate(r.nextReview, language)})`)],
    [w('noContract'), findings.processorsWithoutContract.map((p) => p.name)],
    [w('noSafeguard'), findings.transfersWithoutSafeguard.map((t) => `${t.recipient} (${t.country})`)],
  ];
  if (rows.every(([, entries]) => entries.length === 0)) paragraph(doc, section, w('none'));
  else {
    drawGrid(
      doc,
      section,
      [{ header: w('finding'), weight: 35 }, { header: w('number'), weight: 12, align: 'right' }, { header: w('entries'), weight: 53 }],
      rows.map(([label, entries]) => [label, String(entries.length), entries.join('\n') || '—']),
    );
  }
  section.end();
}
