import '../../styles/reports.css';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenHeading } from '../../components/screen-heading';
import { StatusMessage } from '../../components/status-message';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MonthlyChart } from './monthly-chart';
import { ReportFiles } from './report-files';
import { ReportForm } from './report-form';
import { ReportSummary } from './report-summary';
import { useAuditReport } from './use-audit-report';
import { useOrganisationZone } from './use-organisation-zone';

/** Reports: choose a period and a format, generate the audit report, see its figures and save its files. */
export function ReportsSection() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.title'));
  const { zone, known } = useOrganisationZone();
  const { generate, cancel, generating, progress, output, error } = useAuditReport();
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  const progressText = progress ? t('reports.form.progress', { stage: t(`reports.form.stages.${progress.stage}`), done: progress.done, total: progress.total }) : t('reports.form.generating');
  return (
    <div className="page reports-page">
      <header className="page-header">
        <ScreenHeading>{t('reports.title')}</ScreenHeading>
        <p className="page-subtitle">{t('reports.subtitle')}</p>
      </header>
      <div className="report-card">{known ? <ReportForm zone={zone} generating={generating} onGenerate={(request) => void generate(request)} /> : null}</div>
      {generating ? (
        <div className="report-running">
          <div
            className="report-progress"
            role="progressbar"
            aria-label={t('reports.form.generating')}
            aria-busy="true"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent ?? undefined}
            aria-valuetext={progressText}
            data-testid="report-progress"
          >
            <span className={percent === null ? 'report-progress-bar' : 'report-progress-bar determinate'} style={percent === null ? undefined : { width: `${percent}%` }} />
          </div>
          <button type="button" className="button" onClick={cancel}>
            {t('reports.form.cancel')}
          </button>
        </div>
      ) : null}
      <StatusMessage message={generating ? progressText : output ? t('reports.files.ready', { count: output.written.length }) : null} />
      <ErrorAlert error={error} />
      {output ? (
        <div className="report-results">
          <div className="report-card">
            <ReportFiles written={output.written} />
          </div>
          <div className="report-card">
            <ReportSummary report={output.summary} />
          </div>
          <div className="report-card">
            <MonthlyChart perMonth={output.summary.requests.perMonth} from={output.summary.from} to={output.summary.to} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
