import { Writable } from 'node:stream';
import type { HandlersOf } from '../../shared/contract/define-channel';
import type { reportChannels } from '../../shared/contract/reports';
import type { GeneratedFile } from '../../shared/generated-file';
import type { AuditReport } from '../../shared/reports';
import { parseReportRange } from '../reports/report-range';
import { memoryFolder } from '../reports/text-sink';
import { recordReportGenerated } from '../reports/record-report-generated';
import { writeAuditReportPdf } from '../reports/report-pdf/write-audit-report-pdf';
import { reportProgress, withReportProgress } from '../reports/report-progress';
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
 * the CLI uses, into memory (never a temp file: a crash would leave personal data in
 * plaintext there), and hands the files to the renderer's save dialog, which writes them
 * where the user chose. Each generation is recorded in the audit trail. CSV gives one file per register plus the summary; JSON gives one file.
 */
export function reportHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof reportChannels> {
  return {
    'reports.audit': ({ from, to, format, withNames, locale, progressId }) =>
      withReportProgress(progressId, async (progress) => {
        const range = parseReportRange(from, to);
        const prefix = locale === 'it' ? `rapporto-audit-${from}-${to}` : `audit-report-${from}-${to}`;
        const options = { range, now: now(), withNames, locale, progress };
        const folder = memoryFolder();
        let summary: AuditReport;
        let files: GeneratedFile[];
        if (format === 'csv') {
          const written = await writeAuditReportCsv(session.db(), folder, options);
          summary = written.report;
          files = written.files.map((name) => generated(name, prefix, folder.contents(name)));
        } else if (format === 'pdf') {
          const chunks: Buffer[] = [];
          const sink = new Writable({
            write(chunk: Buffer, _encoding, done) {
              chunks.push(chunk);
              done();
            },
          });
          summary = await writeAuditReportPdf(session.db(), sink, { ...options, language: locale === 'it' ? 'it' : locale === 'en' ? 'en' : undefined });
          files = [generated('report.pdf', prefix, Buffer.concat(chunks), true)];
        } else {
          summary = await writeAuditReportJson(session.db(), await folder.open('report.json'), options);
          files = [generated('report.json', prefix, folder.contents('report.json'), true)];
        }
        await recordReportGenerated(session.db(), { report: summary, format, withNames: withNames === true }, session.actor, now());
        return { files, summary };
      }),
    'reports.progress': ({ id }) => Promise.resolve(reportProgress(id)),
  };
}
