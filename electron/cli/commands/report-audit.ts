import { AppError } from '../../core/errors';
import { recordReportGenerated } from '../../core/reports/record-report-generated';
import { parseReportRange } from '../../core/reports/report-range';
import { writeAuditReportPdf } from '../../core/reports/report-pdf/write-audit-report-pdf';
import { writeAuditReportCsv, writeAuditReportJson } from '../../core/reports/write-audit-report';
import type { AuditReport } from '../../core/reports/audit-report-types';
import { localeOf } from '../../shared/pure/i18n/format';
import { CSV_LOCALES, type CsvLocale } from '../../shared/reports';
import { requireLangFlag } from '../cli-language';
import { vaultCliText, type CliText } from '../cli-text';
import { UsageError, type Command } from '../command';
import { withWorkSession } from '../work-session';
import { msg } from '../../core/i18n';

const FORMATS = ['pdf', 'csv', 'json'] as const;

/** The report's figures in a few lines, in the reader's language. */
function headline(report: AuditReport, x: CliText): string[] {
  const r = report.requests;
  const na = x.t('msg.cli.report.na');
  const pct = (share: number | null) => (share === null ? na : `${Math.round(share * 100)}%`);
  const figure = (value: number | null) => (value === null ? na : new Intl.NumberFormat(localeOf(x.language)).format(value));
  return [
    x.t('msg.cli.report.title', { from: report.from, to: report.to, zone: report.timeZone }),
    x.t('msg.cli.report.requests', { received: r.received, closed: r.closed, open: r.open, overdue: r.overdue }),
    x.t('msg.cli.report.within', { legal: pct(r.withinLegalDeadline.share), commitment: pct(r.withinCommitment.share) }),
    // Each commitment later than the law allows, judged apart from the legal deadline.
    ...report.commitments.beyondLaw.map((f) =>
      x.t('msg.cli.report.commitmentLater', {
        days: f.days,
        what: x.t(`msg.cli.report.commitment.${f.commitment}`),
        citation: x.t(`msg.citation.${f.legal.citationId}`),
        later: f.datesLater,
        tried: f.datesTried,
        received: f.example.received,
        legal: f.example.legalDate,
        commitment: f.example.commitmentDate,
      }),
    ),
    x.t('msg.cli.report.days', { median: figure(r.daysToRespond.median), p90: figure(r.daysToRespond.p90) }),
    x.t('msg.cli.report.breaches', { total: report.breaches.total, notified: report.breaches.notifiedToAuthority, share: pct(report.breaches.notifiedWithin72h.share) }),
    x.t(report.integrity.ok ? 'msg.cli.report.trailOk' : 'msg.cli.report.trailBroken', { events: report.integrity.eventCount, head: report.integrity.headHash }),
  ];
}

export const reportAudit: Command = {
  path: ['report', 'audit'],
  usage: 'report audit --from YYYY-MM-DD --to YYYY-MM-DD --format pdf|csv|json --out PATH [--lang en|it] [--locale C|en|it] [--with-names] --vault DIR [--json]',
  options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, 'with-names': { type: 'boolean' }, locale: { type: 'string' } },
  async run(ctx) {
    const { from, to, format, out } = ctx.values;
    if (typeof from !== 'string' || typeof to !== 'string') throw new UsageError(msg('msg.cli.usage.range'));
    if (typeof out !== 'string') throw new UsageError(msg('msg.cli.usage.outPath'));
    if (!FORMATS.includes(format as (typeof FORMATS)[number])) throw new UsageError(msg('msg.cli.usage.oneOf', { flag: '--format', valid: FORMATS.join(', ') }));
    requireLangFlag(ctx.values.lang);
    const locale = ctx.values.locale;
    if (locale !== undefined && !CSV_LOCALES.includes(locale as CsvLocale)) throw new UsageError(msg('msg.cli.usage.oneOf', { flag: '--locale', valid: CSV_LOCALES.join(', ') }));
    if (locale !== undefined && format !== 'csv') throw new UsageError(msg('msg.cli.usage.localeCsv'));
    let range;
    try {
      range = parseReportRange(from, to);
    } catch (error) {
      throw error instanceof AppError ? new UsageError(error.detail) : error;
    }
    let last = '';
    const progress = (stage: string, done: number, total: number) => {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      const key = `${stage}:${percent}`;
      if (key !== last && (percent % 10 === 0 || done === total)) {
        const x = ctx.text();
        ctx.progress(x.t('msg.cli.report.progress.line', { stage: x.code('msg.cli.report.progress', stage), done, total, percent }));
      }
      last = key;
    };
    const options = { range, now: new Date(), withNames: ctx.values['with-names'] === true, progress };
    const { result, x } = await withWorkSession(ctx, async (session) => {
      const x = await vaultCliText(ctx, session.db());
      const written =
        format === 'csv'
          ? await writeAuditReportCsv(session.db(), out, { ...options, locale: (locale as CsvLocale | undefined) ?? x.language })
          : format === 'pdf'
            ? { report: await writeAuditReportPdf(session.db(), out, { ...options, language: x.language }), files: [out] }
            : { report: await writeAuditReportJson(session.db(), out, options), files: [out] };
      await recordReportGenerated(session.db(), { report: written.report, format: format as (typeof FORMATS)[number], withNames: options.withNames }, session.actor, new Date());
      return { result: written, x };
    });
    const lines = headline(result.report, x);
    ctx.print({ ...result.report, files: result.files, language: x.language, text: lines }, [...lines, '', ...result.files.map((f) => x.t('msg.cli.report.wrote', { file: f }))]);
  },
};
