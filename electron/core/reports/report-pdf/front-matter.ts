import { group } from '../../documents/pdf/tagging';
import type { RegisterFindings } from '../../../shared/registers';
import { severityLevels } from '../../../shared/triage-result';
import type { BreachLabels } from '../../documents/breach-notices/breach-labels-schema';
import type { AuditReport } from '../audit-report-types';
import { chartData } from './chart-data';
import { drawCommitments } from './commitments-section';
import { breachNames, breachSummaryRows, bucketRows, orderedRows, requestSummaryRows, tallyRows, totalsExplained, typesExplained } from './figure-rows';
import { drawGrid, gridKeep, type GridColumn } from './grid-table';
import { drawIntegrity } from './integrity-section';
import { drawRegisterFindings } from './register-findings-section';
import { CHART_HEIGHT, drawMonthChart } from './month-chart';
import type { ReportDocument } from './report-document';
import { COLOR, PORTRAIT, SIZE } from './report-style';
import { heading, paragraph } from './report-text';
import type { ReportWords } from './report-words';
import { drawTitleBlock } from './title-block';

/** What the front of the report is drawn from. */
export interface FrontMatter {
  report: AuditReport;
  words: ReportWords;
  breachLabels: BreachLabels;
  /** The date open requests were judged overdue against (the range's end, or today if earlier). */
  asOf: string;
  /** The registers' gaps as of today, drawn after the integrity statement. */
  registerFindings?: { findings: RegisterFindings; today: string };
}

/**
 * The portrait pages before the registers: title block, summary, requests by type and
 * regime, the chart of requests per month, refusals, breaches by severity and cause, and
 * the integrity statement. Deterministic, so a dry run counts its pages.
 */
export function drawFrontMatter(doc: ReportDocument, { report, words: w, breachLabels, asOf, registerFindings }: FrontMatter): void {
  const { root } = doc;
  doc.addPage(PORTRAIT);
  drawTitleBlock(doc, root, report, w);
  const measure: GridColumn[] = [{ header: w.t('measure'), weight: 70 }, { header: w.t('value'), weight: 30, align: 'right' }];
  const buckets = (first: string): GridColumn[] => [
    { header: first, weight: 40 },
    ...(['receivedColumn', 'closedColumn', 'openColumn', 'overdueColumn'] as const).map((k) => ({ header: w.t(k), weight: 15, align: 'right' as const })),
  ];
  const named = (first: string): GridColumn[] => [{ header: first, weight: 70 }, { header: w.t('number'), weight: 30, align: 'right' }];
  /** A table under its H2, the heading kept with the table (whole when short); a page it runs on to says "<section> — <title> (continued)" (review 4, D22). */
  const titled = (s: PDFKit.PDFStructureElement, section: string, title: string, columns: readonly GridColumn[], rows: readonly string[][]) => {
    heading(doc, s, 'H2', title, gridKeep(doc, columns, rows));
    drawGrid(doc, s, columns, rows, w.t('continued', { 'register.title': `${section} — ${title}` }));
  };

  group(doc.doc, root, 'Sect', (s) => {
    heading(doc, s, 'H1', w.t('summary'));
    titled(s, w.t('summary'), w.t('requestsHeading'), measure, requestSummaryRows(report, w, asOf));
    paragraph(doc, s, totalsExplained(report, w), { size: SIZE.small, color: COLOR.muted });
    drawCommitments(doc, s, report.commitments, w);
    titled(s, w.t('summary'), w.t('breachesHeading'), measure, breachSummaryRows(report, w));
  });
  group(doc.doc, root, 'Sect', (s) => {
    const chart = chartData(report.requests.perMonth);
    // The section's heading stays with the chart and its title, not alone at a page's foot.
    heading(doc, s, 'H1', w.t('requestsSection'), chart ? CHART_HEIGHT + 30 : 60);
    if (!chart) {
      paragraph(doc, s, w.t('noRequests'));
      return;
    }
    const title = w.t(chart.unit === 'month' ? 'chartTitle' : 'chartTitleYears');
    heading(doc, s, 'H2', title, CHART_HEIGHT);
    drawMonthChart(doc, s, chart, title, (key) => (key === 'other' ? w.t('otherTypes') : w.code(w.labels.types, key)), w);
    titled(s, w.t('requestsSection'), w.t('requestsByType'), buckets(w.t('type')), bucketRows(report.requests.byType, w.labels.types, w));
    const typesNote = typesExplained(report, w);
    if (typesNote) paragraph(doc, s, typesNote, { size: SIZE.small, color: COLOR.muted });
    titled(s, w.t('requestsSection'), w.t('requestsByRegime'), buckets(w.t('regime')), bucketRows(report.requests.byRegime, w.labels.regimes, w));
    titled(s, w.t('requestsSection'), w.t('requestsByRole'), buckets(w.t('role')), bucketRows(report.requests.byRole, w.labels.roles, w));
    const refusals = tallyRows(report.requests.refusalsByGround, (code) => w.code(w.labels.refusalGrounds, code), w);
    if (refusals.length === 0) {
      heading(doc, s, 'H2', w.t('refusals'));
      paragraph(doc, s, w.t('noRefusals'));
    } else titled(s, w.t('requestsSection'), w.t('refusals'), named(w.t('ground')), refusals);
  });
  group(doc.doc, root, 'Sect', (s) => {
    heading(doc, s, 'H1', w.t('breachesSection'));
    if (report.breaches.total === 0) {
      paragraph(doc, s, w.t('noBreaches'));
      return;
    }
    const names = breachNames(breachLabels, w);
    titled(s, w.t('breachesSection'), w.t('breachesBySeverity'), named(w.t('severity')), orderedRows(report.breaches.bySeverity, [...severityLevels, 'untriaged'], names.severity, w));
    titled(s, w.t('breachesSection'), w.t('breachesByCause'), named(w.t('cause')), tallyRows(report.breaches.byCause, names.cause, w));
  });
  group(doc.doc, root, 'Sect', (s) => {
    heading(doc, s, 'H1', w.t('integrity'), 90);
    drawIntegrity(doc, s, report.integrity, w);
  });
  if (registerFindings) drawRegisterFindings(doc, registerFindings.findings, report.breaches, w.language, registerFindings.today);
}
