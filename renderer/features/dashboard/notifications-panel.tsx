import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InAppNotification } from '../../../electron/shared/notifications';
import type { ApiError } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { call } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { useDashboardStore } from './dashboard-store';
import { openCase } from './open-case';
import { useNotificationText } from './use-notification-text';

/** The in-app notification list: newest first, unread marked; opening one marks it read and opens its case. */
export function NotificationsPanel({ id, onChange }: { id: string; onChange: () => void }) {
  const { t } = useTranslation();
  const timeZone = useDashboardStore((store) => store.dashboard?.timeZone ?? 'UTC');
  const text = useNotificationText(timeZone);
  const { data: page, error: loadError, reload } = useApi('notifications.list', { limit: 50 });
  const [markError, setMarkError] = useState<ApiError | null>(null);
  const error = markError ?? loadError;

  const markRead = async (input: { ids: number[] } | { all: true }) => {
    const result = await call('notifications.markRead', input);
    if (!result.ok) {
      setMarkError(result.error);
      return;
    }
    await reload();
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
      )}
    </div>
  );
}
