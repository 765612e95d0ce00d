import type { Kysely } from 'kysely';
import { requestRowOrder } from '../../../db/dialect-sql';
import type { Database } from '../../../db/schema';
import type { DashboardGroup, DashboardRequestRow, RequestGroupKey } from '../../shared/dashboard';
import { daysBetween } from '../deadlines';
import { requestNextAction } from './next-action';
import { GROUP_FILTERS, inGroup, type GroupWindow } from './request-filters';
import { parseJsonText } from '../../../db/json-text';

const ROW_COLUMNS = ['id', 'reference', 'status', 'regime', 'types', 'subject_name', 'received_date', 'legal_binding_due', 'org_due', 'identity_outcome'] as const;

/** How many requests a dashboard list counts: the list's own filter, counted from indexes alone. */
export async function countGroup(db: Kysely<Database>, key: RequestGroupKey, window: GroupWindow): Promise<number> {
  const query = db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n'));
  const { n } = await inGroup(query, GROUP_FILTERS[key], window, db).executeTakeFirstOrThrow();
  return n;
}

/**
 * The first `limit` requests of a dashboard list, soonest date first. One query per status and
 * part of the list, each walking its (status, date) index in order and stopping at `limit`, so
 * a vault with tens of thousands of overdue requests still answers at once; the pieces merge by
 * (date, registration order).
 */
export async function listGroup(db: Kysely<Database>, key: RequestGroupKey, window: GroupWindow, limit: number): Promise<DashboardRequestRow[]> {
  const filter = GROUP_FILTERS[key];
  const pieces = await Promise.all(
    filter.statuses.flatMap((status) =>
      filter.parts.map((part) =>
        db
          .selectFrom('requests')
          .select([...ROW_COLUMNS, part.date.as('group_date'), requestRowOrder(db).as('row_order')])
          .where('status', '=', status)
          .where((eb) => part.test(eb, window, db))
          .orderBy(part.date)
          .orderBy(requestRowOrder(db))
          .limit(limit)
          .execute(),
      ),
    ),
  );
  const rows = pieces
    .flat()
    .sort((a, b) => (a.group_date ?? '').localeCompare(b.group_date ?? '') || a.row_order - b.row_order)
    .slice(0, limit);
  return rows.map((row) => {
    const date = row.group_date ?? window.today;
    return {
      id: row.id,
      reference: row.reference,
      status: row.status,
      regime: row.regime,
      types: parseJsonText(row.types),
      subjectName: row.subject_name,
      receivedDate: row.received_date,
      date,
      daysLeft: daysBetween(window.today, date),
      legalDue: row.legal_binding_due,
      organisationDue: row.org_due,
      nextAction: requestNextAction(key, row.status, row.identity_outcome),
    };
  });
}

/** A dashboard list with its exact count. */
export async function requestGroup(db: Kysely<Database>, key: RequestGroupKey, window: GroupWindow, limit: number): Promise<DashboardGroup> {
  const [total, rows] = await Promise.all([countGroup(db, key, window), listGroup(db, key, window, limit)]);
  return { key, total, rows };
}
