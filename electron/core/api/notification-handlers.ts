import type { HandlersOf } from '../../shared/contract/define-channel';
import type { notificationChannels } from '../../shared/contract/notifications';
import { listNotifications, markNotificationsRead } from '../reminders/notification-store';
import type { VaultSession } from '../vault/vault-session';

/** The in-app notification list over the vault session. */
export function notificationHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof notificationChannels> {
  return {
    'notifications.list': async (query) => listNotifications(session.db(), query),
    'notifications.markRead': async (input) => markNotificationsRead(session.db(), input, session.actor, now()),
  };
}
