import { useTranslation } from 'react-i18next';
import type { DashboardRegisterReviews } from '../../../electron/shared/dashboard';
import { useLanguage } from '../../i18n/use-language';
import { formatCivilDate } from '../requests/format';
import { useNavigationStore } from '../shell/navigation-store';

/** How many rows the card lists; the counts above them are always complete. */
const SHOWN = 6;
const REGISTERS = ['activity', 'processor', 'transfer'] as const;

/**
 * The registers on Today: per register, the reviews overdue and due within the horizon, the
 * DPIAs owed and the activities never screened, then the most urgent entries by name.
 */
export function RegisterReviewsCard({ reviews }: { reviews: DashboardRegisterReviews }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { counts } = reviews;
  const total = REGISTERS.reduce((sum, kind) => sum + counts[kind].overdue + counts[kind].dueSoon, 0) + counts.dpia.overdue;
  return (
    <section className="dash-card dash-register" aria-labelledby="dash-register-title">
      <div className="dash-card-head">
        <h2 id="dash-register-title" className="dash-card-title">
          {t('dashboard.registerReviews.title')}
          <span className="dash-count" data-testid="count-register-reviews">
            {total}
          </span>
        </h2>
      </div>
      <table className="dash-register-table">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.registerReviews.register')}</th>
            <th scope="col">{t('dashboard.registerReviews.overdue')}</th>
            <th scope="col">{t('dashboard.registerReviews.dueSoon', { days: reviews.horizonDays })}</th>
          </tr>
        </thead>
        <tbody>
          {REGISTERS.map((kind) => (
            <tr key={kind} data-testid={`register-reviews-${kind}`}>
              <th scope="row">{t(`dashboard.registerReviews.kinds.${kind}`)}</th>
              <td className={counts[kind].overdue > 0 ? 'dash-review-late' : undefined}>{counts[kind].overdue}</td>
              <td>{counts[kind].dueSoon}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={counts.dpia.overdue > 0 ? 'dash-retention-note warning-note' : 'dash-retention-note'} data-testid="register-reviews-dpia">
        {t('dashboard.registerReviews.dpia', { owed: counts.dpia.overdue, unscreened: counts.dpia.dueSoon })}
      </p>
      {reviews.rows.length > 0 ? (
        <ul className="dash-review-list">
          {reviews.rows.slice(0, SHOWN).map((row) => (
            <li key={`${row.kind}-${row.id}`} className={row.overdue ? 'dash-review-late' : undefined}>
              <span className="dash-name">{row.name}</span>
              <span className="dash-when">
                {row.date === null ? t('dashboard.registerReviews.dpiaOwed') : t(row.overdue ? 'dashboard.registerReviews.wasDue' : 'dashboard.registerReviews.due', { date: formatCivilDate(row.date, language) })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {total > Math.min(SHOWN, reviews.rows.length) && reviews.rows.length > 0 ? (
        <p className="dash-more">{t('dashboard.more', { shown: Math.min(SHOWN, reviews.rows.length), total })}</p>
      ) : null}
      <button type="button" className="button" onClick={() => useNavigationStore.getState().go('registers')}>
        {t('dashboard.registerReviews.open')}
      </button>
    </section>
  );
}
