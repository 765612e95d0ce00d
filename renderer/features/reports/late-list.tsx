import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatCivilDate } from '../requests/format';
import type { AuditReport } from './report-types';

/**
 * The requests answered late in the report's period, every one of them: the days late
 * against the law and, separately, against the organisation's commitment (0: that one was
 * kept), as the PDF and late.csv list them.
 */
export function LateList({ late }: { late: AuditReport['requests']['late'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const days = (value: number | null) => (value === null ? t('reports.summary.notApplicable') : String(value));
  const legal = late.filter((l) => (l.legalDaysLate ?? 0) > 0).length;
  const commitment = late.filter((l) => (l.commitmentDaysLate ?? 0) > 0).length;
  return (
    <section className="report-late" aria-labelledby="report-late-title">
      <h3 id="report-late-title" className="report-group-title">
        {t('reports.late.title')}
      </h3>
      <p className="report-late-intro" data-testid="late-counts">
        {t('reports.late.counts', { legal, commitment })}
      </p>
      {late.length === 0 ? (
        <p className="muted-text">{t('reports.late.none')}</p>
      ) : (
        <table className="report-table" data-testid="late-list">
          <thead>
            <tr>
              <th scope="col">{t('reports.late.reference')}</th>
              <th scope="col">{t('reports.late.received')}</th>
              <th scope="col">{t('reports.late.answered')}</th>
              <th scope="col">{t('reports.late.legalDue')}</th>
              <th scope="col">{t('reports.late.legalDays')}</th>
              <th scope="col">{t('reports.late.commitmentDue')}</th>
              <th scope="col">{t('reports.late.commitmentDays')}</th>
            </tr>
          </thead>
          <tbody>
            {late.map((l) => (
              <tr key={l.reference}>
                <th scope="row">{l.reference}</th>
                <td>{formatCivilDate(l.received, language, false)}</td>
                <td>{formatCivilDate(l.answeredOn, language, false)}</td>
                <td>{l.legalDue ? formatCivilDate(l.legalDue, language, false) : t('reports.summary.notApplicable')}</td>
                <td>{days(l.legalDaysLate)}</td>
                <td>{l.organisationDue ? formatCivilDate(l.organisationDue, language, false) : t('reports.summary.notApplicable')}</td>
                <td>{days(l.commitmentDaysLate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
