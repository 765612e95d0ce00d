import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { OPEN_STATUSES, REQUEST_STATUSES, type RequestCounts, type RequestStatus } from '../../shared/requests';
import { addDays, todayInZone } from '../deadlines';
import { readRequestContext } from './request-context';

/**
 * The numbers at the top of the inbox, each one indexed query: by status, overdue against
 * the law, past only the organisation's commitment, and due within seven days.
 */
export async function countRequests(db: Kysely<Database>, now: Date): Promise<RequestCounts> {
  const { timeZone } = await readRequestContext(db);
  const today = todayInZone(timeZone, now);
  const open = [...OPEN_STATUSES];
  const byStatusRows = await db.selectFrom('requests').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  const byStatus = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>;
  for (const row of byStatusRows) byStatus[row.status] = row.n;
  const [overdue, sla, week] = await Promise.all([
    db
      .selectFrom('requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'in', open)
      .where('legal_binding_due', '<', today)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'in', open)
      .where('org_due', '<', today)
      .where((eb) => eb.or([eb('legal_binding_due', '>=', today), eb('legal_binding_due', 'is', null)]))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'in', open)
      .where('effective_due', '>=', today)
      .where('effective_due', '<=', addDays(today, 7))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    today,
    byStatus,
    open: open.reduce((sum, s) => sum + byStatus[s], 0),
    overdue: overdue.n,
    slaBreached: sla.n,
    dueThisWeek: week.n,
  };
}
