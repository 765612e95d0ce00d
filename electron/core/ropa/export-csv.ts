import type { Registers } from '../../shared/registers';
import { CSV_BOM, csvLine } from '../reports/csv';
import { CSV_COLUMNS, type CsvColumn } from './csv-layout';

/**
 * The activities as CSV in the import's own layout (English column keys, lists one item a
 * line), so an exported register can be edited in a spreadsheet and imported back.
 */
export function registerCsv(registers: Registers): string {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
  const processors = byId(registers.processors);
  const transfers = byId(registers.transfers);
  const measures = byId(registers.measures);
  const lines = (items: string[]) => items.join('\n');
  const rows = registers.activities.map((a) => {
    const cells: Record<CsvColumn, string | number | null> = {
      reference: a.reference,
      role: a.role,
      name: a.name,
      description: a.description,
      purposes: lines(a.purposes.map((p) => `${p.purpose}: ${p.legalBasis}`)),
      art9_condition: a.purposes.find((p) => p.art9Condition)?.art9Condition ?? '',
      special_categories: a.specialCategories ? 'yes' : 'no',
      data_subjects: lines(a.subjectCategories),
      data_categories: lines(a.dataCategories),
      breach_categories: lines(a.breachCategories),
      source: a.source,
      recipients: lines(a.recipients),
      processors: lines(a.processorIds.map((id) => processors.get(id)?.name ?? id)),
      transfers: lines(a.transferIds.map((id) => transfers.get(id)?.recipient ?? id)),
      retention: a.retention,
      measures: lines(a.measureIds.map((id) => measures.get(id)?.name ?? id)),
      systems: lines(a.systems),
      owner: a.owner,
      dpia_status: a.dpiaStatus,
      controllers: lines(a.controllers.map((c) => c.name)),
      processing_categories: lines(a.processingCategories),
      automated_decisions: a.automatedDecisions,
      subjects_estimate: a.subjectsEstimate,
      last_review: a.lastReviewedOn,
      review_every_months: a.reviewEveryMonths,
    };
    return csvLine(CSV_COLUMNS.map((c) => cells[c.key]));
  });
  return CSV_BOM + csvLine(CSV_COLUMNS.map((c) => c.key)) + rows.join('');
}
