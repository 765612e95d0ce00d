import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import { DEADLINE_KINDS, type CalendarItem, type CalendarPage, type DeadlineKind, type calendarQuerySchema } from '../../shared/calendar';
import { breachDeadlineItems } from './breach-items';
import { dayCounts } from './day-counts';
import { followUpItems } from './follow-up-items';
import { organisationToday } from './organisation-today';
import { extensionNoticeItems, requestAckItems, requestDueItems, type DateRange } from './request-items';
import { registerReviewItems } from './register-items';
import { retentionReviewItems } from './retention-items';
import { breachPartyItems, processorForwardItems } from './two-role-items';

/** The calendar query after validation (defaults applied). */
export type ParsedCalendarQuery = z.output<typeof calendarQuerySchema>;

const KIND_ORDER = new Map<DeadlineKind, number>(DEADLINE_KINDS.map((kind, i) => [kind, i]));

/** Calendar order: by day, breach instants by time within their day, then kind and reference. */
export function compareItems(a: CalendarItem, b: CalendarItem): number {
  return (
    a.date.localeCompare(b.date) ||
    (a.instant && b.instant ? Date.parse(a.instant) - Date.parse(b.instant) : 0) ||
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
    a.reference.localeCompare(b.reference)
  );
}

/** Items read per source to count the few deadlines that are not requests' (breaches, reviews): all of them. */
const READ_ALL = 1_000_000;

/** The kinds read from the requests table, through its date indexes, a page (or a few per day) at a time. */
type RequestKind = 'request-due' | 'request-ack' | 'extension-notice';
const isRequestKind = (kind: DeadlineKind): kind is RequestKind => kind === 'request-due' || kind === 'request-ack' || kind === 'extension-notice';

/**
 * Every deadline of the vault in a range of days (organisation's zone), optionally of some
 * kinds only: request response dates (legal and the organisation's), acknowledgements,
 * extension notices, breach 72-hour deadlines, the complete notifications owed after a
 * preliminary one (Art. 33(4)), each client's breach notice and the NIS2 reports (the progress
 * report of an incident still ongoing at the month apart, Art. 23(4)(e) NIS2), the
 * forwarding of requests held for clients, and retention reviews. A page of `limit` items
 * from `offset` in calendar order (each request source is read through its index up to
 * `offset + limit + 1`, so `truncated` is exact; the few others whole, once), with the range's
 * true `total` and its count per day: nothing is dropped silently, the next page is one call
 * away. With `perDay`, only the first few of each day (the month grid's chips).
 */
export async function calendarItems(db: Kysely<Database>, query: ParsedCalendarQuery, now: Date): Promise<CalendarPage> {
  const { timeZone, today } = await organisationToday(db, now);
  const kinds = new Set<DeadlineKind>(query.kinds && query.kinds.length > 0 ? query.kinds : DEADLINE_KINDS);
  const end = query.offset + query.limit;
  const perDay = query.perDay === undefined ? {} : { perDay: query.perDay };
  const range: DateRange = { from: query.from, to: query.to, today, limit: query.perDay === undefined ? end + 1 : READ_ALL, ...perDay };
  const requestItems: Record<RequestKind, () => Promise<CalendarItem[]>> = {
    'request-due': () => requestDueItems(db, range),
    'request-ack': () => requestAckItems(db, range),
    'extension-notice': () => extensionNoticeItems(db, range),
  };
  // The few deadlines that are not requests' are read whole, once: they are both counted and listed.
  const all: DateRange = { ...range, limit: READ_ALL };
  let parties: Promise<CalendarItem[]> | undefined;
  const partyItems = async (kind: DeadlineKind) => (await (parties ??= breachPartyItems(db, all, timeZone, now))).filter((i) => i.kind === kind);
  const otherItems: Record<Exclude<DeadlineKind, RequestKind>, () => Promise<CalendarItem[]>> = {
    'breach-72h': () => breachDeadlineItems(db, all, timeZone, now),
    'breach-follow-up': () => followUpItems(db, all, timeZone),
    'retention-review': () => retentionReviewItems(db, all),
    'register-review': () => registerReviewItems(db, all),
    'breach-client': () => partyItems('breach-client'),
    'breach-nis2': () => partyItems('breach-nis2'),
    'breach-nis2-progress': () => partyItems('breach-nis2-progress'),
    'processor-forward': () => processorForwardItems(db, all),
  };
  const whole = new Map<DeadlineKind, Promise<CalendarItem[]>>();
  const everything = (kind: DeadlineKind): Promise<CalendarItem[]> => {
    let items = whole.get(kind);
    if (!items) whole.set(kind, (items = isRequestKind(kind) ? Promise.resolve([]) : otherItems[kind]()));
    return items;
  };
  const [lists, days] = await Promise.all([
    Promise.all([...kinds].map((kind) => (isRequestKind(kind) ? requestItems[kind]() : everything(kind)))),
    dayCounts(db, kinds, range, everything),
  ]);
  const sorted = lists.flat().sort(compareItems);
  const items = query.perDay === undefined ? sorted : firstOfEachDay(sorted, query.perDay);
  const total = Object.values(days).reduce((sum, n) => sum + n, 0);
  return { now: now.toISOString(), today, timeZone, items: items.slice(query.offset, end), offset: query.offset, total, days, truncated: items.length > end };
}

/** The first `perDay` items of each day of a list in calendar order. */
function firstOfEachDay(items: CalendarItem[], perDay: number): CalendarItem[] {
  const seen = new Map<string, number>();
  return items.filter((item) => {
    const n = (seen.get(item.date) ?? 0) + 1;
    seen.set(item.date, n);
    return n <= perDay;
  });
}
