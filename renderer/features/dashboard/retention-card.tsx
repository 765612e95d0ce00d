import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../electron/shared/dashboard';
import { useLanguage } from '../../i18n/use-language';
import { formatCivilDate } from '../requests/format';
import { openSettingsTab } from './open-case';

/** Retention: the register's reviews due within 30 days (or past), and the closed cases old enough to delete; when only the first reviews are listed, it says so (the button opens them all). */
export function RetentionCard({ reviews, retention }: Pick<Dashboard, 'reviews' | 'retention'>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const proposals =
    retention.periodMonths === null
      ? t('dashboard.retention.notSet')
      : retention.proposed > 0
        ? t('dashboard.retention.proposed', { count: retention.proposed, months: retention.periodMonths })
        : t('dashboard.retention.none', { months: retention.periodMonths });
  return (
    <section className="dash-card dash-retention" aria-labelledby="dash-reviews-title">
      <div className="dash-card-head">
        <h2 id="dash-reviews-title" className="dash-card-title">
          {t('dashboard.reviews.title')}
          <span className="dash-count" data-testid="count-reviews">
            {reviews.total}
          </span>
        </h2>
      </div>
      {reviews.rows.length === 0 ? (
        <p className="dash-empty">{t('dashboard.reviews.none')}</p>
      ) : (
        <ul className="dash-review-list">
          {reviews.rows.map((review) => (
            <li key={review.id} className={review.daysLeft < 0 ? 'dash-review-late' : undefined}>
              <span className="dash-name">{review.category}</span>
              <span className="dash-when">{t('dashboard.reviews.due', { date: formatCivilDate(review.nextReview, language) })}</span>
            </li>
          ))}
        </ul>
      )}
      {reviews.total > reviews.rows.length ? <p className="dash-more">{t('dashboard.more', { shown: reviews.rows.length, total: reviews.total })}</p> : null}
      <p className={retention.proposed > 0 ? 'dash-retention-note warning-note' : 'dash-retention-note'}>{proposals}</p>
      <button type="button" className="button" onClick={() => openSettingsTab('retention')}>
        {retention.proposed > 0 ? t('dashboard.retention.review') : t('dashboard.reviews.openRegister')}
      </button>
    </section>
  );
}
