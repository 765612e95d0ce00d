import type { Registers } from '../../shared/registers';
import { formatCivilDate } from '../documents/letters/format-date';
import type { GridColumn } from '../reports/report-pdf/grid-table';
import { countryName } from './country-name';
import { activityTransfers } from './access-inputs';
import { ART9_LABELS, DPIA_STATUS_LABELS, GARANTE_LABELS, LEGAL_BASIS_LABELS, WP248_LABELS, safeguardText } from './register-labels';
import { registerWords } from './register-pdf-words';

type Language = 'en' | 'it';

/** A table of the register PDF: its columns and rows of text. */
export interface RegisterTable {
  columns: GridColumn[];
  rows: string[][];
}

/** The register's four tables (controller, processor, processors, transfers) and the measures, in words. */
export function registerTables(registers: Registers, language: Language): Record<'controller' | 'processor' | 'processors' | 'transfers' | 'measures', RegisterTable> {
  const w = registerWords(language);
  const date = (d: string | null) => (d ? formatCivilDate(d, language) : '—');
  const lines = (items: string[]) => (items.length > 0 ? items.join('\n') : '—');
  const processors = new Map(registers.processors.map((p) => [p.id, p]));
  const measures = new Map(registers.measures.map((m) => [m.id, m]));
  const transfersOf = (a: Registers['activities'][number]) =>
    activityTransfers([a], registers).map((t) => `${t.recipient} (${countryName(t.country, language)}): ${safeguardText(t, language)}`);
  const measureNames = (a: Registers['activities'][number]) => a.measureIds.map((id) => measures.get(id)?.name ?? id);
  const dpia = (a: Registers['activities'][number]) =>
    [`DPIA: ${DPIA_STATUS_LABELS[a.dpiaStatus][language]}`, a.dpiaScreening
        ? [date(a.dpiaScreening.screenedOn), ...a.dpiaScreening.criteria.map((c) => WP248_LABELS[c][language]), ...a.dpiaScreening.garanteItems.map((g) => GARANTE_LABELS[g][language])].join('\n')
        : null, `${w('review')}: ${date(a.nextReview)}`].filter((x): x is string => x !== null).join('\n');
  const recipientsOf = (a: Registers['activities'][number]) => [...a.recipients, ...a.processorIds.map((id) => processors.get(id)?.name ?? id)];

  const controller = registers.activities.filter((a) => a.role === 'controller');
  const processor = registers.activities.filter((a) => a.role === 'processor');
  return {
    controller: {
      columns: [
        { header: w('ref'), weight: 0.8 },
        { header: w('activity'), weight: 1.5 },
        { header: w('purposes'), weight: 2.4 },
        { header: w('subjects'), weight: 1.3 },
        { header: w('categories'), weight: 1.6 },
        { header: w('recipients'), weight: 1.6 },
        { header: w('transfers'), weight: 1.8 },
        { header: w('retention'), weight: 1.5 },
        { header: w('measures'), weight: 1.4 },
        { header: w('dpia'), weight: 1.2 },
      ],
      rows: controller.map((a) => [
        a.reference,
        [a.name, a.owner].filter((x) => x !== '').join('\n'),
        lines(a.purposes.map((p) => `${p.purpose}: ${LEGAL_BASIS_LABELS[p.legalBasis][language]}${p.art9Condition ? `; ${ART9_LABELS[p.art9Condition][language]}` : ''}`)),
        lines(a.subjectCategories),
        lines([...a.dataCategories, ...(a.specialCategories ? [`(${w('special')})`] : [])]),
        lines(recipientsOf(a)),
        lines(transfersOf(a)),
        a.retention || '—',
        lines(measureNames(a)),
        dpia(a),
      ]),
    },
    processor: {
      columns: [
        { header: w('ref'), weight: 0.8 },
        { header: w('activity'), weight: 1.8 },
        { header: w('controllers'), weight: 1.8 },
        { header: w('processing'), weight: 2.2 },
        { header: w('recipients'), weight: 1.6 },
        { header: w('transfers'), weight: 2 },
        { header: w('measures'), weight: 1.6 },
        { header: w('review'), weight: 1 },
      ],
      rows: processor.map((a) => [
        a.reference,
        [a.name, a.owner].filter((x) => x !== '').join('\n'),
        lines(a.controllers.map((c) => [c.name, c.contact].filter((x) => x !== '').join(', '))),
        lines(a.processingCategories),
        lines(recipientsOf(a)),
        lines(transfersOf(a)),
        lines(measureNames(a)),
        date(a.nextReview),
      ]),
    },
    processors: {
      columns: [
        { header: w('name'), weight: 1.5 },
        { header: w('service'), weight: 2 },
        { header: w('country'), weight: 1 },
        { header: w('contract'), weight: 1.3 },
        { header: w('transfers'), weight: 1.6 },
        { header: w('breachNotice'), weight: 0.9 },
        { header: w('review'), weight: 0.9 },
      ],
      rows: registers.processors.map((p) => [
        [p.name, p.parentId ? w('subOf', { p: processors.get(p.parentId)?.name ?? '' }) : null].filter((x): x is string => x !== null).join('\n'),
        p.service,
        countryName(p.country, language),
        p.dpaSignedOn ? [date(p.dpaSignedOn), p.dpaFile ?? ''].filter((x) => x !== '').join('\n') : w('notSigned'),
        p.transferMechanism ?? '—',
        p.breachNoticeHours === null ? '—' : w('hours', { n: p.breachNoticeHours }),
        date(p.nextReview),
      ]),
    },
    transfers: {
      columns: [
        { header: w('recipient'), weight: 1.5 },
        { header: w('country'), weight: 1 },
        { header: w('safeguard'), weight: 2.4 },
        { header: w('tia'), weight: 1.4 },
        { header: w('supplementary'), weight: 2.2 },
        { header: w('review'), weight: 0.9 },
      ],
      rows: registers.transfers.map((t) => [
        t.recipient,
        countryName(t.country, language),
        safeguardText(t, language),
        t.tiaOn ? [date(t.tiaOn), t.tiaFile ?? ''].filter((x) => x !== '').join('\n') : '—',
        lines(t.supplementaryMeasures),
        date(t.nextReview),
      ]),
    },
    measures: {
      columns: [
        { header: w('name'), weight: 1.6 },
        { header: w('kind'), weight: 0.8 },
        { header: w('description'), weight: 4 },
      ],
      rows: registers.measures.map((m) => [m.name, w(m.kind), m.description || '—']),
    },
  };
}
