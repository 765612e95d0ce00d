import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { todayInZone } from '../deadlines';
import type { AuditReport, ReportProgress } from './audit-report-types';
import { breachesInRange, buildAuditReport, forEachRequestInRange, type BreachRegisterRow } from './build-audit-report';
import { readSettings } from '../settings/settings-service';
import type { CsvLocale } from '../../shared/reports';
import { CSV_BOM } from './csv';
import { csvProfile } from './csv-profile';
import { BREACH_REGISTER_COLUMNS, REQUEST_REGISTER_COLUMNS, breachRegisterCells, requestRegisterCells } from './register-rows';
import type { ReportRange } from './report-range';
import { summaryRows } from './summary-rows';
import { diskFolder, openTextSink, type SinkFolder, type TextSink } from './text-sink';

export interface WriteReportOptions {
  range: ReportRange;
  now: Date;
  /** Add the data subject's name to the requests register (off: references identify cases). */
  withNames?: boolean;
  progress?: ReportProgress;
  /** The CSV profile: `C` (the default) for scripts, `en` or `it` for people (see `csvProfile`). */
  locale?: CsvLocale;
  /** Aborted: the writing stops at the next page of the register read (a few thousand rows at most). */
  signal?: AbortSignal;
}

/** The options' progress, which first stops the writing (throws) when the signal was aborted. */
function stoppable(options: WriteReportOptions): ReportProgress {
  return (stage, done, total) => {
    options.signal?.throwIfAborted();
    options.progress?.(stage, done, total);
  };
}

/** The columns of late.csv: the requests answered late, against the law and against the commitment. */
const LATE_COLUMNS = ['reference', 'regime', 'status', 'received', 'answered_on', 'legal_due', 'legal_days_late', 'organisation_due', 'commitment_days_late', 'extension_in_effect'] as const;

/**
 * Writes the registers as CSV files in `dir` (a folder on disk, or a {@link SinkFolder} such
 * as the destinations the app chose): summary, requests, breaches and late (named in the
 * profile's language), UTF-8 with a byte-order mark so spreadsheets read accents right. The
 * vault is read once: the requests register is streamed row by row as the figures are made.
 * Returns the files as `nameOf` names them.
 */
export async function writeAuditReportCsv(db: Kysely<Database>, dir: string | SinkFolder, options: WriteReportOptions): Promise<{ report: AuditReport; files: string[] }> {
  const folder = typeof dir === 'string' ? diskFolder(dir) : dir;
  const progress = stoppable(options);
  const locale = options.locale ?? 'C';
  const withNames = options.withNames === true;
  // The requests register is written as the figures are made, so the vault's requests are read
  // (and decrypted) once; its instants need the organisation's zone, known before the first row.
  const profile = csvProfile(locale, (await readSettings(db))['organisation.timeZone'] ?? 'UTC');
  const names = [profile.fileNames.summary, profile.fileNames.requests, profile.fileNames.breaches, profile.fileNames.late];
  const requests = await folder.open(names[1] as string);
  await requests.write(CSV_BOM + profile.line(profile.requestHeader(withNames)));
  let breachRows: BreachRegisterRow[] = [];
  const report = await buildAuditReport(db, options.range, options.now, progress, {
    request: (row) => requests.write(profile.line(profile.requestCells(row, withNames))),
    breaches: (rows) => (breachRows = rows),
  });
  await requests.close();

  const summary = await folder.open(names[0] as string);
  await summary.write(CSV_BOM + profile.line(profile.summaryHeader()));
  for (const [metric, value] of summaryRows(report)) await summary.write(profile.line(profile.summaryCells(metric, value)));
  await summary.close();

  const breaches = await folder.open(names[2] as string);
  await breaches.write(CSV_BOM + profile.line(profile.breachHeader()));
  for (const row of breachRows) await breaches.write(profile.line(profile.breachCells(row)));
  await breaches.close();

  const late = await folder.open(names[3] as string);
  await late.write(CSV_BOM + profile.line([...LATE_COLUMNS]));
  for (const l of report.requests.late) {
    await late.write(profile.line([l.reference, l.regime, l.status, l.received, l.answeredOn, l.legalDue, l.legalDaysLate, l.organisationDue, l.commitmentDaysLate, l.extensionInEffect]));
  }
  await late.close();
  return { report, files: names.map((name) => folder.nameOf(name)) };
}

/** Writes the report as one JSON file (a path, or any sink): the figures, the integrity statement and both registers. */
export async function writeAuditReportJson(db: Kysely<Database>, path: string | TextSink, options: WriteReportOptions): Promise<AuditReport> {
  const progress = stoppable(options);
  const report = await buildAuditReport(db, options.range, options.now, progress);
  const sink = typeof path === 'string' ? await openTextSink(path) : path;
  await sink.write(`{"report":${JSON.stringify(report)},"requestColumns":${JSON.stringify([...REQUEST_REGISTER_COLUMNS, ...(options.withNames ? ['subject'] : [])])},"requests":[`);
  let first = true;
  await forEachRequestInRange(
    db,
    options.range,
    (row) => {
      const text = (first ? '' : ',') + JSON.stringify(requestRegisterCells(row, options.withNames === true));
      first = false;
      return sink.write(text);
    },
    (done, total) => progress('writing', done, total),
  );
  await sink.write(`],"breachColumns":${JSON.stringify(BREACH_REGISTER_COLUMNS)},"breaches":[`);
  const breaches = await breachesInRange(db, options.range, report.timeZone, todayInZone(report.timeZone, options.now));
  await sink.write(breaches.map((row) => JSON.stringify(breachRegisterCells(row))).join(','));
  await sink.write(']}\n');
  await sink.close();
  return report;
}
