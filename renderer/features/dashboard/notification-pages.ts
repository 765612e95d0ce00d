import type { InAppNotification, NotificationPage } from '../../../electron/shared/notifications';

/** How many notifications the panel reads at a time; "Show more" reads the next ones. */
export const NOTIFICATION_PAGE = 50;

/**
 * The next page added to those shown: newest first as the vault lists them, each notification
 * once (a reminder that fired while the panel was open shifts the pages by one), and the
 * counts the vault gave last, so the panel says how many there are in all.
 */
export function appendPage(shown: NotificationPage | null, next: NotificationPage): NotificationPage {
  if (shown === null) return next;
  const seen = new Set(shown.rows.map((n) => n.id));
  return { total: next.total, unread: next.unread, rows: [...shown.rows, ...next.rows.filter((n) => !seen.has(n.id))] };
}

/** The shown notifications after some (or all) were marked read, with the vault's new unread count. */
export function markShownRead(shown: NotificationPage, read: { ids: number[] } | { all: true }, unread: number): NotificationPage {
  const ids = 'ids' in read ? new Set(read.ids) : null;
  const rows = shown.rows.map((n): InAppNotification => (ids === null || ids.has(n.id) ? { ...n, read: true } : n));
  return { ...shown, rows, unread };
}
