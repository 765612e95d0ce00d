import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { freshNotifications } from './fresh-notifications';
import { openCase } from './open-case';

/** Whether the page may show system notifications itself: browser mode (no Electron main), and the API exists. */
export function browserNotificationsAvailable(): boolean {
  return !window.dpoEvents && typeof Notification !== 'undefined';
}

/**
 * Browser mode's desktop notifications. The loopback server runs the reminder service, which
 * fills the in-app list; while the vault is open this hook looks at the unread list every
 * 30 s and announces what is new as a browser notification, where the user allowed them and
 * kept desktop notifications on. Like the desktop app it names the case by reference only,
 * unless the DPO opted in to names. A click opens the case.
 */
export function useBrowserNotifications(unlocked: boolean): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (!unlocked || !browserNotificationsAvailable()) return undefined;
    let seen: number | null = null;
    let stopped = false;
    const look = async () => {
      const [list, preferences] = await Promise.all([call('notifications.list', { unreadOnly: true, limit: 50 }), call('deadlines.preferences', {})]);
      if (stopped || !list.ok || !preferences.ok) return;
      const next = freshNotifications(list.value.rows, seen);
      seen = next.seen;
      if (!preferences.value.desktopNotifications || Notification.permission !== 'granted') return;
      for (const n of next.fresh) {
        const title = n.kind === 'summary' ? t('dashboard.browserNotice.summary') : t('dashboard.browserNotice.title', { reference: n.reference ?? '' });
        const body = preferences.value.namesInNotifications && n.label ? n.label : t('dashboard.browserNotice.open');
        const shown = new Notification(title, { body, tag: n.reminderId });
        const { caseType, caseId } = n;
        if (caseType && caseId) shown.onclick = () => openCase(caseType, caseId);
      }
    };
    void look();
    const handle = window.setInterval(() => void look(), 30_000);
    return () => {
      stopped = true;
      window.clearInterval(handle);
    };
  }, [unlocked, t]);
}
