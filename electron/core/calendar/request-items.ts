import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { requestRowOrder } from '../../../db/dialect-sql';
import type { Database } from '../../../db/schema';
import type { CalendarItem } from '../../shared/calendar';
import { OPEN_STATUSES, type RequestStatus } from '../../shared/requests';
import { ACK_DATE, EXTENDABLE_STATUSES } from '../dashboard/request-filters';
import { perStatus } from './per-status';

/** A range of civil dates; `from` null means "everything up to `to`", overdue included. */
export interface DateRange {
  from: string | null;
  to: string;
  today: string;
  limit: number;
  /** Read only the first this many of each day (by reference), however many the range holds. */
  perDay?: number;
}

type DateColumn = 'legal_binding_due' | 'org_due' | 'extension_notice_by';
type Query<O> = SelectQueryBuilder<Database, 'requests', O>;

function within<O>(q: Query<O>, date: RawBuilder<string | null>, range: { from: string | null; to: string }): Query<O> {
  const upTo = q.where(date, '<=', range.to);
  return range.from === null ? upTo : upTo.where(date, '>=', range.from);
}

function selectDated(db: Kysely<Database>, date: RawBuilder<string | null>, other: DateColumn | null) {
  return db
    .selectFrom('requests')
    .select(['id', 'reference', 'subject_name', date.as('date'), (other ? sql<string | null>`${sql.ref(other)}` : sql<null>`NULL`).as('other'), requestRowOrder(db).as('row_order')])
    .$if(date === ACK_DATE, (q) => q.where('acknowledged_at', 'is', null));
}

/**
 * The first `perDay` requests of each day of the range (by reference, as the calendar orders
 * a day), one window query over the (status, date) indexes. With `distinct`, rows whose
 * `other` date is the same day are left out before they are counted (the organisation's
 * date shown apart only when it differs from the law's).
 */
async function firstOfEachDay(db: Kysely<Database>, statuses: readonly RequestStatus[], date: RawBuilder<string | null>, other: DateColumn | null, range: DateRange & { perDay: number }, distinct: boolean) {
  let ranked = within(
    selectDated(db, date, other)
      .select(sql<number>`row_number() over (partition by ${date} order by ${sql.ref('reference')})`.as('day_rank'))
      .where('status', 'in', [...statuses]),
    date,
    range,
  );
  if (distinct && other !== null) ranked = ranked.where((eb) => eb.or([eb(other, 'is', null), eb(date, '!=', eb.ref(other))]));
  const rows = await db.selectFrom(ranked.as('ranked')).selectAll().where('day_rank', '<=', range.perDay).execute();
  return rows.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.row_order - b.row_order);
}

/** The requests of some statuses whose `date` falls in the range, soonest first, per-status pages merged. */
function datedRequests(db: Kysely<Database>, statuses: readonly RequestStatus[], date: RawBuilder<string | null>, other: DateColumn | null, range: DateRange, distinct = false) {
  const { perDay } = range;
  if (perDay !== undefined) return firstOfEachDay(db, statuses, date, other, { ...range, perDay }, distinct);
  return perStatus(statuses, range.limit, (status) =>
    within(selectDated(db, date, other).where('status', '=', status), date, range)
      .orderBy(date)
      .orderBy(requestRowOrder(db))
      .limit(range.limit)
      .execute(),
  );
}

const column = (name: DateColumn) => sql<string | null>`${sql.ref(name)}`;

/**
 * Response deadlines of open requests: the law's date and, when it differs, the
 * organisation's own; one item marked `both` when they fall on the same day.
 */
export async function requestDueItems(db: Kysely<Database>, range: DateRange): Promise<CalendarItem[]> {
  const [legal, organisation] = await Promise.all([
    datedRequests(db, OPEN_STATUSES, column('legal_binding_due'), 'org_due', range),
    datedRequests(db, OPEN_STATUSES, column('org_due'), 'legal_binding_due', range, true),
  ]);
  const item = (row: (typeof legal)[number], clock: CalendarItem['clock']): CalendarItem => ({
    id: `request-due-${clock === 'organisation' ? 'org' : 'legal'}:${row.id}`,
    kind: 'request-due',
    caseType: 'request',
    caseId: row.id,
    reference: row.reference,
    title: row.subject_name,
    date: row.date ?? range.to,
    instant: null,
    clock,
    overdue: (row.date ?? range.to) < range.today,
  });
  return [
    ...legal.map((row) => item(row, row.other === row.date ? 'both' : 'legal')),
    ...organisation.filter((row) => row.other !== row.date).map((row) => item(row, 'organisation')),
  ];
}

/** Acknowledgements due while a request is still `received` and none is recorded (the earlier of the law's and the organisation's date). */
export async function requestAckItems(db: Kysely<Database>, range: DateRange): Promise<CalendarItem[]> {
  const rows = await datedRequests(db, ['received'], ACK_DATE, null, range);
  return rows.map((row) => ({
    id: `request-ack:${row.id}`,
    kind: 'request-ack',
    caseType: 'request',
    caseId: row.id,
    reference: row.reference,
    title: row.subject_name,
    date: row.date ?? range.to,
    instant: null,
    clock: null,
    overdue: (row.date ?? range.to) < range.today,
  }));
}

/**
 * The last day to tell the person about an extension, for requests not yet extended. A
 * lapsed notice can no longer be given, so only today and later are listed.
 */
export async function extensionNoticeItems(db: Kysely<Database>, range: DateRange): Promise<CalendarItem[]> {
  const from = range.from === null || range.from < range.today ? range.today : range.from;
  if (from > range.to) return [];
  const rows = await datedRequests(db, EXTENDABLE_STATUSES, column('extension_notice_by'), null, { ...range, from });
  return rows.map((row) => ({
    id: `extension-notice:${row.id}`,
    kind: 'extension-notice',
    caseType: 'request',
    caseId: row.id,
    reference: row.reference,
    title: row.subject_name,
    date: row.date ?? range.to,
    instant: null,
    clock: null,
    overdue: false,
  }));
}
