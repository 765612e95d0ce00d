import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { AuditReport, ReportProgress } from './audit-report-types';
import { breachesInRange, buildAuditReport, forEachRequestInRange } from './build-audit-report';
import { CSV_BOM, csvLine } from './csv';
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
}

/** The columns of late.csv: the requests answered late, against the law and against the commitment. */
const LATE_COLUMNS = ['reference', 'regime', 'status', 'received', 'answered_on', 'legal_due', 'legal_days_late', 'organisation_due', 'commitment_days_late'] as const;

/** Writes the registers as CSV files in `dir`: summary.csv, requests.csv, breaches.csv and late.csv. Returns the files. */
export async function writeAuditReportCsv(db: Kysely<Database>, dir: string, options: WriteReportOptions): Promise<{ report: AuditReport; files: string[] }> {
  mkdirSync(dir, { recursive: true });
  const report = await buildAuditReport(db, options.range, options.now, options.progress);
  const files = [join(dir, 'summary.csv'), join(dir, 'requests.csv'), join(dir, 'breaches.csv'), join(dir, 'late.csv')];

  const summary = await openTextSink(files[0] as string);
  await summary.write(CSV_BOM + csvLine(['metric', 'value']));
  for (const row of summaryRows(report)) await summary.write(csvLine(row));
  await summary.close();

  const requests = await openTextSink(files[1] as string);
  await requests.write(CSV_BOM + csvLine([...REQUEST_REGISTER_COLUMNS, ...(options.withNames ? ['subject'] : [])]));
  await forEachRequestInRange(
    db,
    options.range,
    (row) => requests.write(csvLine(requestRegisterCells(row, options.withNames === true))),
    (done, total) => options.progress?.('writing', done, total),
  );
  await requests.close();

  const breaches = await openTextSink(files[2] as string);
  await breaches.write(CSV_BOM + csvLine([...BREACH_REGISTER_COLUMNS]));
  for (const row of await breachesInRange(db, options.range, report.timeZone)) await breaches.write(csvLine(breachRegisterCells(row)));
  await breaches.close();

  const late = await openTextSink(files[3] as string);
  await late.write(CSV_BOM + csvLine([...LATE_COLUMNS]));
  for (const l of report.requests.late) {
    await late.write(csvLine([l.reference, l.regime, l.status, l.received, l.answeredOn, l.legalDue, l.legalDaysLate, l.organisationDue, l.commitmentDaysLate]));
  }
  await late.close();
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
