import { sql, type Expression, type ExpressionBuilder, type QueryExecutorProvider, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { heldAsProcessor } from '../../../db/dialect-sql';
import type { Database } from '../../../db/schema';
import { OPEN_STATUSES, type RequestStatus } from '../../shared/requests';
import type { RequestGroupKey } from '../../shared/dashboard';
import { addDays } from '../../shared/pure/civil-date';

/**
 * The earlier of the law's (CCPA) and the organisation's acknowledgement date; the same
 * expression as the `requests_status_ack` index, so SQLite walks that index. A team server
 * knows SQLite's two-argument `min` too (its migration 0003 defines it), with the same index.
 */
export const ACK_DATE: RawBuilder<string | null> = sql<string | null>`min(coalesce(acknowledge_by, org_acknowledge_by), coalesce(org_acknowledge_by, acknowledge_by))`;

/** Open statuses in which an extension can still be given. */
export const EXTENDABLE_STATUSES = ['received', 'awaiting-identity', 'in-progress'] as const satisfies readonly RequestStatus[];

/** The days a dashboard list is about: today and the end of "this week" (today + 7). */
export interface GroupWindow {
  today: string;
  weekEnd: string;
}

/** Days "this week" runs past today: due this week means after today, up to today + 7. */
const WEEK_DAYS = 7;

/** The one window every count and list uses (Today, the inbox, the reminders' summary). */
export function groupWindow(today: string): GroupWindow {
  return { today, weekEnd: addDays(today, WEEK_DAYS) };
}

type Query<O> = SelectQueryBuilder<Database, 'requests', O>;

/**
 * A part of a dashboard list: the date its rows are listed by, and the test that picks them
 * (given the dialect, `db`). A list is one part, or several disjoint ones, each listed in its
 * own date order and merged.
 */
export interface GroupPart {
  date: RawBuilder<string | null>;
  test(eb: ExpressionBuilder<Database, 'requests'>, w: GroupWindow, db: QueryExecutorProvider): Expression<SqlBool>;
}

/** One dashboard list: which statuses it reads, and its parts. */
export interface GroupFilter {
  statuses: readonly RequestStatus[];
  parts: readonly GroupPart[];
}

const column = (name: 'legal_binding_due' | 'org_due' | 'effective_due' | 'extension_notice_by'): RawBuilder<string | null> =>
  sql<string | null>`${sql.ref(name)}`;

/**
 * A request held as processor (a row of `request_clients`) is the client's to answer: the law's
 * and the commitment's dates bind the controller, the processor owes the forwarding by the
 * agreement's date (Art. 12(3), Art. 28(3)(e) GDPR; lawyer review 5, E1). Its overdue date is
 * that forwarding date while it is not forwarded.
 */
const UNFORWARDED_DUE: RawBuilder<string | null> = sql<string | null>`(select rc.forward_by from request_clients rc where rc.request_id = requests.id and rc.forwarded_on is null)`;

/** The requests of `filter` on the window's days: the query with the list's statuses and any of its parts. */
export function inGroup<O>(q: Query<O>, filter: GroupFilter, w: GroupWindow, db: QueryExecutorProvider): Query<O> {
  return q.where('status', 'in', [...filter.statuses]).where((eb) => eb.or(filter.parts.map((part) => part.test(eb, w, db))));
}

/**
 * The filter of every request list on the dashboard, and the one definition of each count:
 * Today's lists and counts, the inbox's counts and its list filters, and the reminders' daily
 * summary all read these, so the same words give the same number everywhere. The lists are disjoint where they are
 * about the same date: overdue (past the law; for a request held as processor, its forwarding
 * to the client past the agreement's date), past only the organisation's commitment (never a
 * processor's request), due today, due in the next seven days. Acknowledgements (while received
 * and not yet recorded) and extension notices (while not extended) are lists of their own and may repeat a request.
 * Overdue is two parts: the organisation's requests, walked through the (status, law's date)
 * index, and those held as processor (few), found through `request_clients` and sorted by the
 * forwarding date.
 */
export const GROUP_FILTERS: Record<RequestGroupKey, GroupFilter> = {
  overdue: {
    statuses: OPEN_STATUSES,
    parts: [
      { date: column('legal_binding_due'), test: (eb, w, db) => eb.and([eb('legal_binding_due', '<', w.today), eb.not(heldAsProcessor(db))]) },
      { date: UNFORWARDED_DUE, test: (_eb, w, db) => heldAsProcessor(db, w.today) },
    ],
  },
  pastCommitment: {
    statuses: OPEN_STATUSES,
    parts: [
      {
        date: column('org_due'),
        test: (eb, w, db) =>
          eb.and([eb('org_due', '<', w.today), eb.or([eb('legal_binding_due', '>=', w.today), eb('legal_binding_due', 'is', null)]), eb.not(heldAsProcessor(db))]),
      },
    ],
  },
  dueToday: {
    statuses: OPEN_STATUSES,
    parts: [{ date: column('effective_due'), test: (eb, w) => eb('effective_due', '=', w.today) }],
  },
  dueThisWeek: {
    statuses: OPEN_STATUSES,
    parts: [{ date: column('effective_due'), test: (eb, w) => eb.and([eb('effective_due', '>', w.today), eb('effective_due', '<=', w.weekEnd)]) }],
  },
  acknowledgements: {
    statuses: ['received'],
    parts: [{ date: ACK_DATE, test: (eb, w) => eb.and([eb(ACK_DATE, '<=', w.weekEnd), eb('acknowledged_at', 'is', null)]) }],
  },
  extensionNotices: {
    statuses: EXTENDABLE_STATUSES,
    parts: [{ date: column('extension_notice_by'), test: (eb, w) => eb.and([eb('extension_notice_by', '>=', w.today), eb('extension_notice_by', '<=', w.weekEnd)]) }],
  },
};
