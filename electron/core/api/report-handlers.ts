import type { HandlersOf } from '../../shared/contract/define-channel';
import type { reportChannels } from '../../shared/contract/reports';
import type { AuditReport } from '../../shared/reports';
import type { FileDestination, FileDestinations, FileToWrite } from '../files/file-destinations';
import { csvFileNames } from '../reports/csv-profile';
import { destinationSinks } from '../reports/destination-sinks';
import { parseReportRange } from '../reports/report-range';
import { recordReportGenerated } from '../reports/record-report-generated';
import { writeAuditReportPdf } from '../reports/report-pdf/write-audit-report-pdf';
import { cancelReport, reportProgress, withReportProgress } from '../reports/report-progress';
import { writeAuditReportCsv, writeAuditReportJson } from '../reports/write-audit-report';
import type { VaultSession } from '../vault/vault-session';

const MIME = { csv: 'text/csv', json: 'application/json', pdf: 'application/pdf' } as const;

/**
 * The reports part of the API. `reports.audit` writes the audit report with the same writers
 * the CLI uses, never holding it whole nor carrying it over IPC: the transport's `files` says
 * where it goes first (the desktop app's save dialog, a folder for the four CSV files, or
 * staged downloads in browser mode) and each file is streamed straight there, under a
 * temporary name until it is complete. A cancelled dialog or a stopped generation
 * (`reports.cancel`) writes nothing and answers `cancelled`. Each generation is recorded in the audit trail.
 */
export function reportHandlers(session: VaultSession, now: () => Date, files: FileDestinations): HandlersOf<typeof reportChannels> {
  return {
    'reports.audit': ({ from, to, format, withNames, locale, progressId }) =>
      withReportProgress(progressId, async (progress, signal) => {
        const range = parseReportRange(from, to);
        const prefix = locale === 'it' ? `rapporto-audit-${from}-${to}` : `audit-report-${from}-${to}`;
        const options = { range, now: now(), withNames, locale, progress, signal };
        // The report's files by the name its writer opens them with, and as offered to the person.
        const named: [string, string][] =
          format === 'csv' ? Object.values(csvFileNames(locale)).map((name) => [name, `${prefix}-${name}`]) : [[`report.${format}`, `${prefix}.${format}`]];
        const toWrite = named.map(([, fileName]) => ({ fileName, mimeType: MIME[format] }));
        const chosen = format === 'csv' ? await files.chooseSet(toWrite) : await files.choose(toWrite[0] as FileToWrite).then((one) => (one ? [one] : null));
        if (!chosen) return { cancelled: true as const };
        const sinks = destinationSinks(new Map(named.map(([name], i) => [name, chosen[i] as FileDestination])));
        let summary: AuditReport;
        try {
          if (format === 'csv') summary = (await writeAuditReportCsv(session.db(), sinks, options)).report;
          else if (format === 'json') summary = await writeAuditReportJson(session.db(), await sinks.open('report.json'), options);
          else summary = await writeAuditReportPdf(session.db(), await sinks.stream('report.pdf'), { ...options, language: locale === 'it' ? 'it' : locale === 'en' ? 'en' : undefined });
        } catch (error) {
          await sinks.discard();
          if (signal?.aborted) return { cancelled: true as const };
          throw error;
        }
        const written = sinks.commit();
        await recordReportGenerated(session.db(), { report: summary, format, withNames: withNames === true }, session.actor, now());
        return { written, summary };
      }),
    'reports.cancel': ({ id }) => Promise.resolve({ cancelled: cancelReport(id) }),
    'reports.progress': ({ id }) => Promise.resolve(reportProgress(id)),
  };
}
