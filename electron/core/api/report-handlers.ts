import { statSync } from 'node:fs';
import type { HandlersOf } from '../../shared/contract/define-channel';
import type { reportChannels } from '../../shared/contract/reports';
import type { GeneratedFile, WrittenFile } from '../../shared/generated-file';
import type { AuditReport } from '../../shared/reports';
import type { FileDestinations } from '../files/file-destinations';
import { parseReportRange } from '../reports/report-range';
import { memoryFolder } from '../reports/text-sink';
import { recordReportGenerated } from '../reports/record-report-generated';
import { writeAuditReportPdf } from '../reports/report-pdf/write-audit-report-pdf';
import { cancelReport, reportProgress, withReportProgress } from '../reports/report-progress';
import { writeAuditReportCsv, writeAuditReportJson } from '../reports/write-audit-report';
import type { VaultSession } from '../vault/vault-session';

const MIME: Record<string, string> = { csv: 'text/csv', json: 'application/json', pdf: 'application/pdf' };

/** A file named after the report (`audit-report-FROM-TO-requests.csv`); the report's one file alone is named `audit-report-FROM-TO.pdf`. */
function generated(name: string, prefix: string, content: Buffer, only = false): GeneratedFile {
  const extension = name.slice(name.lastIndexOf('.') + 1);
  return { fileName: only ? `${prefix}.${extension}` : `${prefix}-${name}`, mimeType: MIME[extension] ?? 'application/octet-stream', base64: content.toString('base64') };
}

/**
 * The reports part of the API. `reports.audit` writes the audit report with the same writers
 * the CLI uses. CSV and JSON are written into memory (never a temp file: a crash would leave
 * personal data in plaintext there) and handed to the renderer. The PDF (thousands of pages
 * for a large register) is never held whole: the transport's `files` says where it goes
 * first (the desktop app's save dialog, or a staged download in browser mode) and the PDF is
 * streamed straight to that file; a cancelled dialog or a stopped generation
 * (`reports.cancel`) writes nothing and answers `cancelled`. Each generation is recorded in the audit trail.
 */
export function reportHandlers(session: VaultSession, now: () => Date, files: FileDestinations): HandlersOf<typeof reportChannels> {
  return {
    'reports.audit': ({ from, to, format, withNames, locale, progressId }) =>
      withReportProgress(progressId, async (progress, signal) => {
        const range = parseReportRange(from, to);
        const prefix = locale === 'it' ? `rapporto-audit-${from}-${to}` : `audit-report-${from}-${to}`;
        const options = { range, now: now(), withNames, locale, progress };
        const folder = memoryFolder();
        let summary: AuditReport;
        let inline: GeneratedFile[] = [];
        let written: WrittenFile[] = [];
        if (format === 'csv') {
          const csv = await writeAuditReportCsv(session.db(), folder, options);
          summary = csv.report;
          inline = csv.files.map((name) => generated(name, prefix, folder.contents(name)));
        } else if (format === 'pdf') {
          const destination = await files.choose({ fileName: `${prefix}.pdf`, mimeType: MIME.pdf as string });
          if (!destination) return { cancelled: true as const };
          try {
            summary = await writeAuditReportPdf(session.db(), destination.path, { ...options, signal, language: locale === 'it' ? 'it' : locale === 'en' ? 'en' : undefined });
          } catch (error) {
            destination.abandoned();
            if (signal?.aborted) return { cancelled: true as const };
            throw error;
          }
          written = [destination.delivered(statSync(destination.path).size)];
        } else {
          summary = await writeAuditReportJson(session.db(), await folder.open('report.json'), options);
          inline = [generated('report.json', prefix, folder.contents('report.json'), true)];
        }
        await recordReportGenerated(session.db(), { report: summary, format, withNames: withNames === true }, session.actor, now());
        return { files: inline, written, summary };
      }),
    'reports.cancel': ({ id }) => Promise.resolve({ cancelled: cancelReport(id) }),
    'reports.progress': ({ id }) => Promise.resolve(reportProgress(id)),
  };
}
