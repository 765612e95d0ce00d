import { Notification } from 'electron';
import type { Dispatch } from '../core/api/dispatch';
import type { CaseTarget } from '../shared/api';
import type { VaultState } from '../shared/contract/vault';
import { startDesktopReminders, type DesktopReminders } from './reminders';
import type { NotificationText } from './reminders-text';

/** The notification surface the app needs (Electron's `Notification` class fits; tests pass a fake). */
export interface NotificationLike {
  on(event: 'click' | 'close' | 'failed', listener: () => void): unknown;
  show(): void;
}

/** Where clicked reminders go: bring the window forward and, for a case, open it. */
export interface NotificationActions {
  focus: () => void;
  openCase: (target: CaseTarget) => void;
}

/**
 * Shows reminders as operating-system notifications and keeps each one referenced until it
 * is closed or clicked: a notification that is only a local variable can be garbage-collected
 * while on screen, and its click then does nothing. A click brings the window forward and
 * opens the reminder's case. Where the system has no notifications, nothing is shown (the
 * in-app list keeps them).
 */
export function createNotifier(
  actions: NotificationActions,
  create: (text: NotificationText) => NotificationLike | null = (text) =>
    Notification.isSupported() ? new Notification({ title: text.title, body: text.body }) : null,
): { show: (text: NotificationText, target: CaseTarget | null) => void; live: () => number } {
  const live = new Set<NotificationLike>();
  const show = (text: NotificationText, target: CaseTarget | null): void => {
    const notification = create(text);
    if (!notification) return;
    live.add(notification);
    const release = (): void => {
      live.delete(notification);
    };
    notification.on('click', () => {
      release();
      actions.focus();
      if (target) actions.openCase(target);
    });
    notification.on('close', release);
    notification.on('failed', release);
    notification.show();
  };
  return { show, live: () => live.size };
}

/** The app's reminders: the service over the registry, shown through Electron in the system's language. */
export function startAppReminders(
  options: { dispatch: Dispatch; vaultState: () => VaultState; todayRead: () => boolean; locale: string } & NotificationActions,
): DesktopReminders {
  const notifier = createNotifier({ focus: options.focus, openCase: options.openCase });
  return startDesktopReminders({
    dispatch: options.dispatch,
    vaultState: options.vaultState,
    todayRead: options.todayRead,
    language: options.locale.toLowerCase().startsWith('it') ? 'it' : 'en',
    show: notifier.show,
  });
}
