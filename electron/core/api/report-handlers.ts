import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { GeneratedFile, Handlers } from '../../shared/contract';
import type { AuditReport } from '../../shared/reports';
import { parseReportRange } from '../reports/report-range';
import { writeAuditReportCsv, writeAuditReportJson } from '../reports/write-audit-report';
import type { VaultSession } from '../vault/vault-session';

const MIME: Record<string, string> = { csv: 'text/csv', json: 'application/json', pdf: 'application/pdf' };

async function readGenerated(path: string, prefix: string): Promise<GeneratedFile> {
  const name = basename(path);
  const extension = name.slice(name.lastIndexOf('.') + 1);
  return { fileName: `${prefix}-${name}`, mimeType: MIME[extension] ?? 'application/octet-stream', base64: (await readFile(path)).toString('base64') };
}

/**
 * The reports part of the API. `reports.audit` writes the audit report into a private temp
 * folder with the same writers the CLI uses (they stream, so large vaults stay in bounded
 * memory while writing), reads the files back for the renderer's save dialog and removes the
 * folder. CSV gives one file per register plus the summary; JSON gives one file.
 */
export function reportHandlers(session: VaultSession, now: () => Date): Pick<Handlers, 'reports.audit'> {
  return {
    'reports.audit': async ({ from, to, format, withNames, locale }) => {
      const range = parseReportRange(from, to);
      const dir = await mkdtemp(join(tmpdir(), 'dpo-desk-report-'));
      const prefix = `${locale === 'it' ? 'rapporto-audit' : 'audit-report'}-${from}-${to}`;
      try {
        const options = { range, now: now(), withNames, locale };
        let summary: AuditReport;
        let paths: string[];
        if (format === 'csv') {
          const written = await writeAuditReportCsv(session.db(), dir, options);
          summary = written.report;
          paths = written.files;
        } else {
          const path = join(dir, 'report.json');
          summary = await writeAuditReportJson(session.db(), path, options);
          paths = [path];
        }
        const files = await Promise.all(paths.map((path) => readGenerated(path, prefix)));
        return { files, summary };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
