import type { CsvLocale } from '../../shared/reports';
import { loadBreachLabels } from '../documents/letters/template-files';
import { translator } from '../i18n';
import type { BreachRegisterRow, RequestRegisterRow } from './build-audit-report';
import { csvLine } from './csv';
import { BREACH_REGISTER_COLUMNS, REQUEST_REGISTER_COLUMNS, breachRegisterCells, requestRegisterCells } from './register-rows';
import { loadReportLabels } from './report-pdf/report-labels';

type Cell = string | number | boolean | null;
type Localised = { en: string; it: string };

/**
 * How a CSV file is written for its reader. `C` is the machine profile for scripts: commas,
 * ISO dates and instants as stored, codes only, `true`/`false`. `en` and `it` are for people
 * opening the file in a spreadsheet: headers in their language, a label beside each code
 * (the code column stays, so a formula or a script can still rely on it), instants in the
 * organisation's zone with their offset, yes/no, and for Italian the `;` separator, the
 * decimal comma and dd/mm/yyyy dates, as Excel set to Italian expects.
 */
export interface CsvProfile {
  locale: CsvLocale;
  /** The four files' names, in the reader's language. */
  fileNames: { summary: string; requests: string; breaches: string; late: string };
  line(values: readonly Cell[]): string;
  requestHeader(withNames: boolean): string[];
  requestCells(row: RequestRegisterRow, withNames: boolean): Cell[];
  breachHeader(): string[];
  breachCells(row: BreachRegisterRow): Cell[];
  summaryHeader(): string[];
  summaryCells(metric: string, value: Cell): Cell[];
}

type RequestColumn = (typeof REQUEST_REGISTER_COLUMNS)[number] | 'subject';
type BreachColumn = (typeof BREACH_REGISTER_COLUMNS)[number];

const REQUEST_DATES = new Set<RequestColumn>(['received', 'legal_due', 'extended_due', 'organisation_due', 'answered_on', 'forward_by', 'forwarded_on']);
const BREACH_INSTANTS = new Set<BreachColumn>(['aware_at', 'first_authority_notice', 'closed_at']);

/** The four files' names for a locale: `C`'s in English, a person's in their language. */
export function csvFileNames(locale: CsvLocale): CsvProfile['fileNames'] {
  if (locale === 'C') return { summary: 'summary.csv', requests: 'requests.csv', breaches: 'breaches.csv', late: 'late.csv' };
  const t = translator(locale);
  return { summary: t('msg.report.csv.file.summary'), requests: t('msg.report.csv.file.requests'), breaches: t('msg.report.csv.file.breaches'), late: t('msg.report.csv.file.late') };
}

/** The machine profile: the registers exactly as stored. */
function machineProfile(): CsvProfile {
  return {
    locale: 'C',
    fileNames: csvFileNames('C'),
    line: (values) => csvLine(values),
    requestHeader: (withNames) => [...REQUEST_REGISTER_COLUMNS, ...(withNames ? ['subject'] : [])],
    requestCells: (row, withNames) => requestRegisterCells(row, withNames),
    breachHeader: () => [...BREACH_REGISTER_COLUMNS],
    breachCells: (row) => breachRegisterCells(row),
    summaryHeader: () => ['metric', 'value'],
    summaryCells: (metric, value) => [metric, value],
  };
}

/** An instant in `timeZone` with its offset: `2026-03-10 11:00 +01:00`, `10/03/2026 11:00 +01:00`. */
function instantText(iso: string, timeZone: string, dayFirst: boolean): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  const offset = String(parts.timeZoneName ?? '').replace('GMT', '') || '+00:00';
  const day = dayFirst ? `${parts.day}/${parts.month}/${parts.year}` : `${parts.year}-${parts.month}-${parts.day}`;
  return `${day} ${parts.hour}:${parts.minute} ${offset}`;
}

/** A profile for people reading `language`, instants shown in `timeZone`. */
function humanProfile(language: 'en' | 'it', timeZone: string): CsvProfile {
  const t = translator(language);
  const labels = loadReportLabels();
  const breachLabels = loadBreachLabels();
  const italian = language === 'it';
  const separator = italian ? ';' : ',';
  const numbers = new Intl.NumberFormat(italian ? 'it-IT' : 'en-GB', { maximumFractionDigits: 2, useGrouping: false });
  const word = (table: Record<string, Localised | undefined>, code: string) => table[code]?.[language] ?? code;
  const channel = (code: string) => t(`msg.report.csv.channel.${code}`);
  const CODE_LABELS: Partial<Record<RequestColumn | BreachColumn, (code: string) => string>> = {
    regime: (code) => word(labels.regimes, code),
    types: (codes) => codes.split('+').map((code) => word(labels.types, code)).join(', '),
    channel,
    outcome: (code) => word(labels.outcomes, code),
    refusal_ground: (code) => word(labels.refusalGrounds, code),
    identity: (code) => word(labels.identity, code),
    cause: (code) => word(breachLabels.causes, code),
    severity: (code) => word(breachLabels.severity, code),
    risk: (code) => word(labels.risk, code),
  };
  const civil = (date: string) => (italian ? date.split('-').reverse().join('/') : date);
  const plain = (value: Cell): Cell => {
    if (value === null) return null;
    if (typeof value === 'boolean') return t(value ? 'msg.cli.yes' : 'msg.cli.no');
    if (typeof value === 'number') return numbers.format(value);
    return value;
  };
  const header = (register: 'request' | 'breach', column: string): string[] => {
    const name = t(`msg.report.csv.${register}.${column}`);
    return column in CODE_LABELS || column === 'status' ? [t('msg.report.csv.code', { header: name }), name] : [name];
  };
  const cells = (register: 'request' | 'breach', column: string, value: Cell): Cell[] => {
    const statusLabel = (code: string) => word(register === 'request' ? labels.statuses : labels.breachStatuses, code);
    const label = column === 'status' ? statusLabel : CODE_LABELS[column as RequestColumn];
    if (label) return [value, value === null ? null : label(String(value))];
    if (value !== null && register === 'request' && REQUEST_DATES.has(column as RequestColumn)) return [civil(String(value))];
    if (value !== null && register === 'breach' && BREACH_INSTANTS.has(column as BreachColumn)) return [instantText(String(value), timeZone, italian)];
    if (value !== null && register === 'breach' && column === 'complete_notification_due') return [civil(String(value))];
    return [plain(value)];
  };
  const requestColumns = (withNames: boolean): RequestColumn[] => [...REQUEST_REGISTER_COLUMNS, ...(withNames ? (['subject'] as const) : [])];
  return {
    locale: language,
    fileNames: csvFileNames(language),
    line: (values) => csvLine(values, separator),
    requestHeader: (withNames) => requestColumns(withNames).flatMap((column) => header('request', column)),
    requestCells: (row, withNames) => {
      const values = requestRegisterCells(row, withNames);
      return requestColumns(withNames).flatMap((column, i) => cells('request', column, values[i] ?? null));
    },
    breachHeader: () => BREACH_REGISTER_COLUMNS.flatMap((column) => header('breach', column)),
    breachCells: (row) => {
      const values = breachRegisterCells(row);
      return BREACH_REGISTER_COLUMNS.flatMap((column, i) => cells('breach', column, values[i] ?? null));
    },
    summaryHeader: () => [t('msg.report.csv.summary.metric'), t('msg.report.csv.summary.value')],
    summaryCells: (metric, value) => [metric, typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? civil(value) : plain(value)],
  };
}

/** The CSV profile for a locale: `C` for scripts, `en` or `it` for people (instants in `timeZone`). */
export function csvProfile(locale: CsvLocale, timeZone: string): CsvProfile {
  return locale === 'C' ? machineProfile() : humanProfile(locale, timeZone);
}
