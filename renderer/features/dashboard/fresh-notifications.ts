import type { InAppNotification } from '../../../electron/shared/notifications';

/**
 * The notifications to announce from one look at the unread list: none on the first look
 * (what was there before the page opened stays in the list), then those newer than the
 * newest id already seen. Returns them with the new newest id; after a first look at an
 * empty list that is 0, so the very first reminder to come is announced too.
 */
export function freshNotifications(rows: readonly InAppNotification[], seen: number | null): { fresh: InAppNotification[]; seen: number } {
  const newest = rows.reduce((max, row) => Math.max(max, row.id), seen ?? 0);
  if (seen === null) return { fresh: [], seen: newest };
  return { fresh: rows.filter((row) => row.id > seen), seen: newest };
}
