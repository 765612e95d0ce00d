import type { CoreLanguage } from '../core/i18n';
import { loadBreachLabels } from '../core/documents/letters/template-files';
import { loadReportLabels, type ReportLabels } from '../core/reports/report-pdf/report-labels';

/** The register's closed lists whose words core keeps for the audit report and its CSV files. */
type ReportTable = 'regimes' | 'types' | 'outcomes' | 'refusalGrounds' | 'identity';

type Localised = { en: string; it: string };
const word = (table: Partial<Record<string, Localised>>, code: string, language: CoreLanguage): string => table[code]?.[language] ?? code;

/** A code in words from one of core's tables of words in each language (`LEGAL_BASIS_LABELS`…); the code when the table has none. */
export function inWords(language: CoreLanguage, table: Partial<Record<string, Localised>>, code: string): string {
  return word(table, code, language);
}

/**
 * A register code in words, from the same tables as the audit report and its CSV files
 * (`assets/templates/reports/labels.json`): `gdpr` → `GDPR`, `access` → `Accesso`,
 * `verified` → `Verificata`. A code this build does not know stays as it is.
 */
export function reportCodeLabel(language: CoreLanguage, table: ReportTable, code: string): string {
  const labels: ReportLabels = loadReportLabels();
  return word(labels[table], code, language);
}

/** A breach's cause in words, as the breach notices write it (`assets/templates/breaches/labels.json`). */
export function causeLabel(language: CoreLanguage, code: string): string {
  return word(loadBreachLabels().causes, code, language);
}
