import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InAppNotification, NotificationPage } from '../../../electron/shared/notifications';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { useLanguage } from '../../i18n/use-language';
import { call } from '../../lib/api';
import { ShowMore } from '../deadlines/show-more';
import { formatCount } from '../requests/format';
import { useDashboardStore } from './dashboard-store';
import { appendPage, markShownRead, NOTIFICATION_PAGE } from './notification-pages';
import { openCase } from './open-case';
import { useNotificationText } from './use-notification-text';

/**
 * The in-app notification list: newest first, unread marked; opening one marks it read and
 * opens its case. It says how many there are in all and reads them a page at a time with
 * "Show more", so none is ever left out.
 */
export function NotificationsPanel({ id, onChange }: { id: string; onChange: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useDashboardStore((store) => store.dashboard?.timeZone ?? 'UTC');
  const text = useNotificationText(timeZone);
  const [page, setPage] = useState<NotificationPage | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let cancelled = false;
    void call('notifications.list', { limit: NOTIFICATION_PAGE }).then((result) => {
      if (cancelled) return;
      if (result.ok) setPage(result.value);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const more = async () => {
    const result = await call('notifications.list', { offset: page?.rows.length ?? 0, limit: NOTIFICATION_PAGE });
    if (result.ok) setPage((shown) => appendPage(shown, result.value));
    else setError(result.error);
  };

  const markRead = async (input: { ids: number[] } | { all: true }) => {
    const result = await call('notifications.markRead', input);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setPage((shown) => (shown ? markShownRead(shown, input, result.value.unread) : shown));
    onChange();
  };

  const open = async (n: InAppNotification) => {
    if (!n.read) await markRead({ ids: [n.id] });
    openCase(n.caseType, n.caseId);
  };

  return (
    <div id={id} className="dash-notification-panel" role="region" aria-label={t('dashboard.notifications.title')}>
      <div className="dash-notification-head">
        <h2 className="dash-card-title">{t('dashboard.notifications.title')}</h2>
        {page && page.unread > 0 ? (
          <button type="button" className="button button-ghost" onClick={() => void markRead({ all: true })}>
            {t('dashboard.notifications.markAll')}
          </button>
        ) : null}
      </div>
      <ErrorAlert error={error} />
      {page === null ? null : page.rows.length === 0 ? (
        <p className="dash-empty">{t('dashboard.notifications.empty')}</p>
      ) : (
        <>
          <p className="dash-notification-counts" data-testid="notification-counts">
            {t('dashboard.notifications.counts', { count: page.total, formatted: formatCount(page.total, language), unread: formatCount(page.unread, language) })}
          </p>
          <ul className="dash-notification-list">
            {page.rows.map((n) => {
              const words = text(n);
              return (
                <li key={n.id} className={n.read ? 'dash-notification' : 'dash-notification dash-notification-unread'}>
                  <div className="dash-notification-text">
                    <p className="dash-notification-title">
                      {n.read ? null : <span className="visually-hidden">{t('dashboard.notifications.unread')}: </span>}
                      {words.title}
                    </p>
                    {words.body ? <p>{words.body}</p> : null}
                    <p className="dash-notification-meta">{words.meta}</p>
                  </div>
                  <div className="dash-notification-actions">
                    {n.caseType ? (
                      <button type="button" className="button" onClick={() => void open(n)}>
                        {t('dashboard.notifications.open')}
                      </button>
                    ) : null}
                    {n.read ? null : (
                      <button type="button" className="button button-ghost" onClick={() => void markRead({ ids: [n.id] })}>
                        {t('dashboard.notifications.markRead')}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          {page.rows.length < page.total ? <ShowMore shown={page.rows.length} total={page.total} onMore={() => void more()} /> : null}
        </>
      )}
    </div>
  );
}
