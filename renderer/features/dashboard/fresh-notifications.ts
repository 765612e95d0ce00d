import type { InAppNotification } from '../../../electron/shared/dashboard';

/**
 * The notifications to announce from one look at the unread list: none on the first look
 * (what was there before the page opened stays in the list), then those newer than the
 * newest id already seen. Returns them with the new newest id.
 */
export function freshNotifications(rows: readonly InAppNotification[], seen: number | null): { fresh: InAppNotification[]; seen: number | null } {
  const newest = rows.reduce<number | null>((max, row) => (max === null || row.id > max ? row.id : max), seen);
  if (seen === null) return { fresh: [], seen: newest };
  return { fresh: rows.filter((row) => row.id > seen), seen: newest };
}
