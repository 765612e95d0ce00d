import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { OPEN_STATUSES, REQUEST_STATUSES, type RequestCounts, type RequestStatus } from '../../shared/requests';
import { groupWindow } from '../dashboard/request-filters';
import { countGroup } from '../dashboard/request-groups';
import { todayInZone } from '../deadlines';
import { readRequestContext } from './request-context';

/**
 * The numbers at the top of the inbox: by status, then overdue against the law, past only
 * the organisation's commitment, due today and due this week, each counted by Today's own
 * filter (`GROUP_FILTERS`), so the inbox and Today never disagree.
 */
export async function countRequests(db: Kysely<Database>, now: Date): Promise<RequestCounts> {
  const { timeZone } = await readRequestContext(db);
  const today = todayInZone(timeZone, now);
  const window = groupWindow(today);
  const open = [...OPEN_STATUSES];
  const byStatusRows = await db.selectFrom('requests').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  const byStatus = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>;
  for (const row of byStatusRows) byStatus[row.status] = row.n;
  const [overdue, slaBreached, dueToday, dueThisWeek] = await Promise.all(
    (['overdue', 'pastCommitment', 'dueToday', 'dueThisWeek'] as const).map((key) => countGroup(db, key, window)),
  );
  return {
    today,
    byStatus,
    open: open.reduce((sum, s) => sum + byStatus[s], 0),
    overdue: overdue ?? 0,
    slaBreached: slaBreached ?? 0,
    dueToday: dueToday ?? 0,
    dueThisWeek: dueThisWeek ?? 0,
  };
}
