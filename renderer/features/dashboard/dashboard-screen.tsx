import './dashboard.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { ScreenHeading } from '../../components/screen-heading';
import { useLanguage } from '../../i18n/use-language';
import { useDocumentTitle } from '../../lib/use-document-title';
import { formatCivilDate } from '../requests/format';
import { isSetupMissing, SetupNeeded } from '../requests/setup-needed';
import { BackupNotice } from './backup-notice';
import { BreachClocks } from './breach-clocks';
import { requestGroups } from './closed-lists';
import { CountTiles } from './count-tiles';
import { useDashboardStore } from './dashboard-store';
import { NotificationsButton } from './notifications-button';
import { RegisterReviewsCard } from './register-reviews-card';
import { RequestGroup } from './request-group';
import { RetentionCard } from './retention-card';
import { TrendChart } from './trend-chart';

/** The view is read again this often while it is on screen, so "due today" turns over at midnight. */
const REFRESH_MS = 60_000;

/**
 * Today: the DPO's day at a glance. Breach clocks first, then the counts and the request
 * lists (each count is the length of its list), retention reviews, register reviews and
 * the DPIAs owed, and the weekly trend.
 * Every date is in the organisation's zone, stated under the heading.
 */
export function DashboardScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('sections.dashboard.nav'));
  const dashboard = useDashboardStore((store) => store.dashboard);
  const error = useDashboardStore((store) => store.error);
  const load = useDashboardStore((store) => store.load);

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  const setupMissing = isSetupMissing(error);
  return (
    <div className="dashboard-page">
      <header className="dashboard-header">
        <div className="dashboard-header-text">
          <ScreenHeading>{t('dashboard.title')}</ScreenHeading>
          <p className="page-subtitle" data-testid="dashboard-zone">
            {dashboard ? t('dashboard.datesIn', { today: formatCivilDate(dashboard.today, language), zone: dashboard.timeZone }) : t('sections.dashboard.subtitle')}
          </p>
        </div>
        {dashboard ? <NotificationsButton unread={dashboard.unreadNotifications} onChange={() => void load()} /> : null}
      </header>
      <BackupNotice />
      {setupMissing ? (
        <SetupNeeded error={error} />
      ) : (
        <>
          <ErrorAlert error={error} />
          {dashboard === null ? (
            error ? null : (
              <p className="loading" role="status">
                {t('dashboard.loading')}
              </p>
            )
          ) : (
            <>
              <BreachClocks breaches={dashboard.breaches} timeZone={dashboard.timeZone} />
              <CountTiles requests={dashboard.requests} />
              <div className="dashboard-columns">
                <div className="dashboard-lists">
                  {requestGroups.map((key) => (
                    <RequestGroup key={key} group={dashboard.requests[key]} weekEnd={dashboard.weekEnd} />
                  ))}
                </div>
                <aside className="dashboard-side" aria-label={t('dashboard.trend.title')}>
                  <TrendChart trend={dashboard.trend} />
                  <RetentionCard reviews={dashboard.reviews} retention={dashboard.retention} />
                  <RegisterReviewsCard reviews={dashboard.registerReviews} />
                </aside>
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}
