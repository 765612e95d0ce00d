import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { REQUEST_GROUPS, type Dashboard, type DashboardGroup, type RequestGroupKey } from '../../shared/dashboard';
import { todayInZone } from '../deadlines';
import { countUnread } from '../reminders/notification-store';
import { readRequestContext } from '../requests/request-context';
import { countProposals } from '../retention/retention-proposals';
import { breachClocks } from './breach-clocks';
import { groupWindow } from './request-filters';
import { registerReviews } from './register-reviews';
import { requestGroup } from './request-groups';
import { reviewsDue } from './reviews-due';
import { weeklyTrend } from './weekly-trend';

/** Rows per list; the counts are always complete. */
export const LIST_LIMIT = 50;

/**
 * The morning view, computed from the vault at `now` in the organisation's zone: breach
 * clocks first, then the request lists (each with its exact count), retention reviews due,
 * register reviews and DPIAs owed,
 * closed cases proposed for deletion, the eight-week trend and the unread notifications.
 * Every list is an indexed query; nothing is cached, so the view is never stale.
 */
export async function getDashboard(db: Kysely<Database>, now: Date): Promise<Dashboard> {
  const { timeZone } = await readRequestContext(db);
  const today = todayInZone(timeZone, now);
  const window = groupWindow(today);
  const [groups, breaches, reviews, registers, retention, trend, unreadNotifications] = await Promise.all([
    Promise.all(REQUEST_GROUPS.map((key) => requestGroup(db, key, window, LIST_LIMIT))),
    breachClocks(db, now, { today, timeZone }),
    reviewsDue(db, today, LIST_LIMIT),
    registerReviews(db, today, LIST_LIMIT),
    countProposals(db, now),
    weeklyTrend(db, today, timeZone),
    countUnread(db),
  ]);
  return {
    now: now.toISOString(),
    today,
    timeZone,
    weekEnd: window.weekEnd,
    breaches,
    requests: Object.fromEntries(groups.map((group) => [group.key, group])) as Record<RequestGroupKey, DashboardGroup>,
    reviews,
    registerReviews: registers,
    retention,
    trend,
    unreadNotifications,
  };
}
