import { AppError } from '../../core/errors';
import { recordReportGenerated } from '../../core/reports/record-report-generated';
import { parseReportRange } from '../../core/reports/report-range';
import { writeAuditReportPdf } from '../../core/reports/report-pdf/write-audit-report-pdf';
import { writeAuditReportCsv, writeAuditReportJson } from '../../core/reports/write-audit-report';
import type { AuditReport } from '../../core/reports/audit-report-types';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';

const FORMATS = ['pdf', 'csv', 'json'] as const;
const LANGUAGES = ['en', 'it'] as const;

function headline(report: AuditReport): string[] {
  const r = report.requests;
  const pct = (share: number | null) => (share === null ? 'n/a' : `${Math.round(share * 100)}%`);
  return [
    `Audit report ${report.from} → ${report.to} (${report.timeZone})`,
    `Requests: ${r.received} received, ${r.closed} closed, ${r.open} open, ${r.overdue} overdue`,
    `Answered within the legal deadline: ${pct(r.withinLegalDeadline.share)}; within the commitment: ${pct(r.withinCommitment.share)}`,
    `Days to respond: median ${r.daysToRespond.median ?? 'n/a'}, 90th percentile ${r.daysToRespond.p90 ?? 'n/a'}`,
    `Breaches: ${report.breaches.total}, ${report.breaches.notifiedToAuthority} notified (${pct(report.breaches.notifiedWithin72h.share)} within 72 h)`,
    `Audit trail: ${report.integrity.ok ? 'verified' : 'BROKEN'}, ${report.integrity.eventCount} events, head ${report.integrity.headHash}`,
  ];
}

type Db = Parameters<typeof writeAuditReportCsv>[0];
type WriteOptions = Parameters<typeof writeAuditReportCsv>[2];

/** Writes the report in its format; the PDF in the language asked for. */
async function write(db: Db, format: (typeof FORMATS)[number], out: string, options: WriteOptions, lang: unknown): Promise<{ report: AuditReport; files: string[] }> {
  if (format === 'csv') return writeAuditReportCsv(db, out, options);
  if (format === 'pdf') return { report: await writeAuditReportPdf(db, out, { ...options, ...(lang === 'en' || lang === 'it' ? { language: lang } : {}) }), files: [out] };
  return { report: await writeAuditReportJson(db, out, options), files: [out] };
}

export const reportAudit: Command = {
  path: ['report', 'audit'],
  summary: 'Write the audit report for a date range (figures, both registers, audit-chain integrity)',
  usage: 'report audit --from YYYY-MM-DD --to YYYY-MM-DD --format pdf|csv|json --out PATH [--lang en|it] [--with-names] --vault DIR [--json]',
  details: [
    '--format pdf   PATH is a file: figures, the chart of requests per month, integrity, both registers (PDF/A)',
    '--format csv   PATH is a folder: summary.csv, requests.csv, breaches.csv (UTF-8 with BOM, for spreadsheets)',
    '--format json  PATH is a file: the figures and both registers',
    '--lang         the PDF’s language (default: the organisation’s letter language, else en)',
    '--with-names   add the data subject to the requests register (left out by default)',
    'Requests count by date of receipt, breaches by date of awareness, in the organisation’s time zone.',
  ],
  options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, 'with-names': { type: 'boolean' } },
  async run(ctx) {
    const { from, to, format, out } = ctx.values;
    if (typeof from !== 'string' || typeof to !== 'string') throw new UsageError('Give the range with --from YYYY-MM-DD --to YYYY-MM-DD');
    if (typeof out !== 'string') throw new UsageError('Give the output with --out PATH');
    if (!FORMATS.includes(format as (typeof FORMATS)[number])) throw new UsageError(`--format must be one of: ${FORMATS.join(', ')}`);
    const lang = ctx.values.lang;
    if (lang !== undefined && !LANGUAGES.includes(lang as (typeof LANGUAGES)[number])) throw new UsageError('--lang must be en or it');
    if (lang !== undefined && format !== 'pdf') throw new UsageError('--lang applies to --format pdf');
    let range;
    try {
      range = parseReportRange(from, to);
    } catch (error) {
      throw error instanceof AppError ? new UsageError(error.message) : error;
    }
    let last = '';
    const progress = (stage: string, done: number, total: number) => {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      const key = `${stage}:${percent}`;
      if (key !== last && (percent % 10 === 0 || done === total)) ctx.progress(`${stage}: ${done}/${total} (${percent}%)`);
      last = key;
    };
    const options = { range, now: new Date(), withNames: ctx.values['with-names'] === true, progress };
    const result = await withUnlockedVault(ctx, async (session) => {
      const written = await write(session.db(), format as (typeof FORMATS)[number], out, options, lang);
      await recordReportGenerated(session.db(), { report: written.report, format: format as (typeof FORMATS)[number], withNames: options.withNames }, session.actor, new Date());
      return written;
    });
    ctx.print({ ...result.report, files: result.files }, [...headline(result.report), '', ...result.files.map((f) => `Wrote ${f}`)]);
  },
};
