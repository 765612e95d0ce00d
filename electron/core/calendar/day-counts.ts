import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../db/schema';
import type { CalendarItem, DeadlineKind } from '../../shared/dashboard';
import { OPEN_STATUSES, type RequestStatus } from '../../shared/requests';
import { ACK_DATE, EXTENDABLE_STATUSES } from '../dashboard/request-filters';
import type { DateRange } from './request-items';

/** Deadlines per day of a range: the month view's figures and the lists' totals, however many there are. */
export type DayCounts = Record<string, number>;

function add(counts: DayCounts, date: string | null, n: number): void {
  if (date !== null) counts[date] = (counts[date] ?? 0) + n;
}

/** Open requests counted per day of `date` within the range, one indexed GROUP BY. */
async function countedByDay(
  db: Kysely<Database>,
  statuses: readonly RequestStatus[],
  date: RawBuilder<string | null>,
  range: { from: string | null; to: string },
  narrow: (q: ReturnType<typeof base>) => ReturnType<typeof base> = (q) => q,
): Promise<{ date: string | null; n: number }[]> {
  let q = base(db, statuses, date).where(date, '<=', range.to);
  if (range.from !== null) q = q.where(date, '>=', range.from);
  return narrow(q).groupBy(date).execute();
}

function base(db: Kysely<Database>, statuses: readonly RequestStatus[], date: RawBuilder<string | null>) {
  return db
    .selectFrom('requests')
    .select([date.as('date'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', [...statuses]);
}

const ref = (name: 'legal_binding_due' | 'org_due' | 'extension_notice_by') => sql<string | null>`${sql.ref(name)}`;

/**
 * The request deadlines of a range counted per day in SQL, by the same rules as the items
 * (`request-items.ts`): the law's response date, the organisation's when it falls on another
 * day, acknowledgements not yet recorded, extension notices from today on.
 */
async function requestCounts(db: Kysely<Database>, kind: DeadlineKind, range: DateRange): Promise<{ date: string | null; n: number }[]> {
  if (kind === 'request-due') {
    const [legal, organisation] = await Promise.all([
      countedByDay(db, OPEN_STATUSES, ref('legal_binding_due'), range),
      countedByDay(db, OPEN_STATUSES, ref('org_due'), range, (q) =>
        q.where((eb) => eb.or([eb('legal_binding_due', 'is', null), eb('org_due', '!=', eb.ref('legal_binding_due'))])),
      ),
    ]);
    return [...legal, ...organisation];
  }
  if (kind === 'request-ack') return countedByDay(db, ['received'], ACK_DATE, range, (q) => q.where('acknowledged_at', 'is', null));
  const from = range.from === null || range.from < range.today ? range.today : range.from;
  if (from > range.to) return [];
  return countedByDay(db, EXTENDABLE_STATUSES, ref('extension_notice_by'), { from, to: range.to });
}

const REQUEST_KINDS: readonly DeadlineKind[] = ['request-due', 'request-ack', 'extension-notice'];

/**
 * Every deadline of the range counted per day, never capped: request deadlines by GROUP BY
 * over their indexes (a month at 100,000 requests answers at once), the few others (breaches,
 * reviews) by counting their items, read whole.
 */
export async function dayCounts(
  db: Kysely<Database>,
  kinds: ReadonlySet<DeadlineKind>,
  range: DateRange,
  otherItems: (kind: DeadlineKind) => Promise<CalendarItem[]>,
): Promise<DayCounts> {
  const counts: DayCounts = {};
  const lists = await Promise.all(
    [...kinds].map(async (kind) =>
      REQUEST_KINDS.includes(kind) ? requestCounts(db, kind, range) : (await otherItems(kind)).map((item) => ({ date: item.date, n: 1 })),
    ),
  );
  for (const row of lists.flat()) add(counts, row.date, row.n);
  return counts;
}
