import { Notification } from 'electron';
import type { Dispatch } from '../core/api/dispatch';
import type { VaultState } from '../shared/contract';
import { startDesktopReminders, type DesktopReminders } from './reminders';
import type { NotificationText } from './reminders-text';

/**
 * Shows a reminder as an operating-system notification; a click brings the app's window
 * forward. Where the system has no notifications, nothing is shown (the in-app list keeps them).
 */
export function showDesktopNotification(text: NotificationText, focus: () => void): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title: text.title, body: text.body });
  notification.on('click', focus);
  notification.show();
}

/** The app's reminders: the service over the registry, shown through Electron in the system's language. */
export function startAppReminders(options: { dispatch: Dispatch; vaultState: () => VaultState; locale: string; focus: () => void }): DesktopReminders {
  return startDesktopReminders({
    dispatch: options.dispatch,
    vaultState: options.vaultState,
    language: options.locale.toLowerCase().startsWith('it') ? 'it' : 'en',
    show: (text) => showDesktopNotification(text, options.focus),
  });
}
