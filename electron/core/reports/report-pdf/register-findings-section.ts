import type { RegisterFindings } from '../../../shared/registers';
import type { BreachFigures } from '../../../shared/reports';
import type { LetterLanguage } from '../../../shared/document-contract';
import { formatCivilDate } from '../../documents/letters/format-date';
import { elideItalianArticles } from '../../documents/letters/italian-elision';
import { drawGrid, gridKeep, type GridColumn } from './grid-table';
import { FONT, SIZE, contentWidth } from './report-style';
import type { ReportDocument } from './report-document';
import { heading, paragraph } from './report-text';

const WORDS = {
  title: { en: '5. Registers (Arts. 28, 30, 33(5), 44–49)', it: '5. Registri (artt. 28, 30, 33, par. 5, e 44–49)' },
  intro: {
    en: 'What the record of processing, the processors, the transfers and the register of breaches lacked on {{date}}: what an inspector would ask about first.',
    it: 'Cosa mancava al registro dei trattamenti, all’elenco dei responsabili e dei trasferimenti e al registro delle violazioni al {{date}}, ossia i punti su cui un ispettore chiederebbe conto per primi.',
  },
  none: {
    en: 'Nothing: every activity has a legal basis and a retention rule, every processor a contract, every transfer a safeguard, no review is overdue, every breach closed has its remedial action recorded and no complete notification is overdue.',
    it: 'Nulla: ogni trattamento ha una base giuridica e un termine di conservazione, ogni responsabile un contratto, ogni trasferimento una garanzia, nessuna revisione è scaduta, ogni violazione chiusa ha le misure adottate per porvi rimedio e nessuna notifica completa è in ritardo.',
  },
  finding: { en: 'Finding', it: 'Rilievo' },
  number: { en: 'Number', it: 'Numero' },
  entries: { en: 'Entries', it: 'Voci' },
  noBasis: { en: 'Activities without a legal basis', it: 'Trattamenti senza base giuridica' },
  noRetention: { en: 'Activities without a retention rule', it: 'Trattamenti senza termine di conservazione' },
  overdue: { en: 'Reviews overdue', it: 'Revisioni scadute' },
  noContract: { en: 'Processors without an Art. 28 contract', it: 'Responsabili senza contratto art. 28' },
  noSafeguard: { en: 'Transfers without a safeguard', it: 'Trasferimenti senza garanzie' },
  noRemedy: { en: 'Breaches closed without remedial action recorded (Art. 33(5))', it: 'Violazioni chiuse senza misure adottate per porvi rimedio registrate (art. 33, par. 5)' },
  completeOverdue: { en: 'Complete notifications overdue (Art. 33(4))', it: 'Notifiche complete in ritardo (art. 33, par. 4)' },
  plannedFor: { en: '{{ref}} (planned for {{date}})', it: '{{ref}} (prevista entro il {{date}})' },
  continued: { en: '{{title}} (continued)', it: '{{title}} (segue)' },
} as const;

/** The Art. 33 findings of the breach register in the report's period, from the breach figures. */
type BreachFindings = Pick<BreachFigures, 'closedWithoutRemedialAction' | 'completeNotificationsOverdue'>;

/** A text of the section with its `{{slots}}` filled; Italian articles elided before a date read with a vowel ("entro l’8 novembre"; review 6, F2). */
function fill(language: LetterLanguage, key: keyof typeof WORDS, values: Record<string, string>): string {
  const text = WORDS[key][language].replace(/\{\{(\w+)\}\}/g, (_, slot: string) => values[slot] ?? '');
  return language === 'it' ? elideItalianArticles(text) : text;
}

/** The section's findings: each gap in words with the entries it concerns. */
export function registerFindingRows(findings: RegisterFindings, breaches: BreachFindings, language: LetterLanguage): [string, string[]][] {
  const w = (key: keyof typeof WORDS) => WORDS[key][language];
  return [
    [w('noBasis'), findings.activitiesWithoutLegalBasis.map((a) => `${a.reference} ${a.name}`)],
    [w('noRetention'), findings.activitiesWithoutRetention.map((a) => `${a.reference} ${a.name}`)],
    [w('overdue'), findings.overdueReviews.map((r) => `${r.name} (${formatCivilDate(r.nextReview, language)})`)],
    [w('noContract'), findings.processorsWithoutContract.map((p) => p.name)],
    [w('noSafeguard'), findings.transfersWithoutSafeguard.map((t) => `${t.recipient} (${t.country})`)],
    [w('noRemedy'), breaches.closedWithoutRemedialAction],
    [w('completeOverdue'), breaches.completeNotificationsOverdue.map((o) => fill(language, 'plannedFor', { ref: o.reference, date: formatCivilDate(o.due, language) }))],
  ];
}

/**
 * The audit report's register section: one row per kind of gap with how many entries it
 * concerns and which, the breach register's among them (breaches closed with no remedial
 * action, complete notifications overdue: lawyer review 4, D2 and D4). Deterministic, so the
 * report's dry run counts its pages.
 */
export function drawRegisterFindings(doc: ReportDocument, findings: RegisterFindings, breaches: BreachFindings, language: LetterLanguage, asOf: string): void {
  const w = (key: keyof typeof WORDS) => WORDS[key][language];
  const section = doc.doc.struct('Sect');
  doc.root.add(section);
  const rows = registerFindingRows(findings, breaches, language);
  const intro = fill(language, 'intro', { date: formatCivilDate(asOf, language) });
  const columns: GridColumn[] = [{ header: w('finding'), weight: 35 }, { header: w('number'), weight: 12, align: 'right' }, { header: w('entries'), weight: 53 }];
  const cells = rows.map(([label, entries]) => [label, String(entries.length), entries.join('\n') || '—']);
  const none = rows.every(([, entries]) => entries.length === 0);
  // The title, its introduction and the table of its seven findings kept on one page when they fit; a page the table
  // runs on to opens with the section's title and "(continued)" (review 4, D22).
  doc.doc.font(FONT.regular).fontSize(SIZE.body);
  const introHeight = doc.doc.heightOfString(intro, { width: contentWidth(doc.geometry()), lineGap: 1.5 }) + 6;
  heading(doc, section, 'H1', w('title'), introHeight + (none ? 30 : gridKeep(doc, columns, cells, cells.length)));
  paragraph(doc, section, intro);
  if (none) paragraph(doc, section, w('none'));
  else drawGrid(doc, section, columns, cells, fill(language, 'continued', { title: w('title') }), cells.length);
  section.end();
}
