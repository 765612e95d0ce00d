import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { AuditReport, ReportProgress } from './audit-report-types';
import { breachesInRange, buildAuditReport, forEachRequestInRange } from './build-audit-report';
import type { CsvLocale } from '../../shared/reports';
import { CSV_BOM } from './csv';
import { csvProfile } from './csv-profile';
import { BREACH_REGISTER_COLUMNS, REQUEST_REGISTER_COLUMNS, breachRegisterCells, requestRegisterCells } from './register-rows';
import type { ReportRange } from './report-range';
import { summaryRows } from './summary-rows';
import { openTextSink } from './text-sink';

export interface WriteReportOptions {
  range: ReportRange;
  now: Date;
  /** Add the data subject's name to the requests register (off: references identify cases). */
  withNames?: boolean;
  progress?: ReportProgress;
  /** The CSV profile: `C` (the default) for scripts, `en` or `it` for people (see `csvProfile`). */
  locale?: CsvLocale;
}

/**
 * Writes the registers as CSV files in `dir` (summary, requests, breaches; named in the
 * profile's language), UTF-8 with a byte-order mark so spreadsheets read accents right.
 * Returns the files.
 */
export async function writeAuditReportCsv(db: Kysely<Database>, dir: string, options: WriteReportOptions): Promise<{ report: AuditReport; files: string[] }> {
  mkdirSync(dir, { recursive: true });
  const report = await buildAuditReport(db, options.range, options.now, options.progress);
  const profile = csvProfile(options.locale ?? 'C', report.timeZone);
  const withNames = options.withNames === true;
  const files = [join(dir, profile.fileNames.summary), join(dir, profile.fileNames.requests), join(dir, profile.fileNames.breaches)];

  const summary = await openTextSink(files[0] as string);
  await summary.write(CSV_BOM + profile.line(profile.summaryHeader()));
  for (const [metric, value] of summaryRows(report)) await summary.write(profile.line(profile.summaryCells(metric, value)));
  await summary.close();

  const requests = await openTextSink(files[1] as string);
  await requests.write(CSV_BOM + profile.line(profile.requestHeader(withNames)));
  await forEachRequestInRange(
    db,
    options.range,
    (row) => requests.write(profile.line(profile.requestCells(row, withNames))),
    (done, total) => options.progress?.('writing', done, total),
  );
  await requests.close();

  const breaches = await openTextSink(files[2] as string);
  await breaches.write(CSV_BOM + profile.line(profile.breachHeader()));
  for (const row of await breachesInRange(db, options.range, report.timeZone)) await breaches.write(profile.line(profile.breachCells(row)));
  await breaches.close();
  return { report, files };
}

/** Writes the report as one JSON file: the figures, the integrity statement and both registers. */
export async function writeAuditReportJson(db: Kysely<Database>, path: string, options: WriteReportOptions): Promise<AuditReport> {
  const report = await buildAuditReport(db, options.range, options.now, options.progress);
  const sink = await openTextSink(path);
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
    (done, total) => options.progress?.('writing', done, total),
  );
  await sink.write(`],"breachColumns":${JSON.stringify(BREACH_REGISTER_COLUMNS)},"breaches":[`);
  const breaches = await breachesInRange(db, options.range, report.timeZone);
  await sink.write(breaches.map((row) => JSON.stringify(breachRegisterCells(row))).join(','));
  await sink.write(']}\n');
  await sink.close();
  return report;
}
