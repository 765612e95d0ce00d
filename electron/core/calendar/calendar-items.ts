import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import { DEADLINE_KINDS, type CalendarItem, type CalendarPage, type DeadlineKind, type calendarQuerySchema } from '../../shared/dashboard';
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

/**
 * Every deadline of the vault in a range of days (organisation's zone), optionally of some
 * kinds only: request response dates (legal and the organisation's), acknowledgements,
 * extension notices, breach 72-hour deadlines, the complete notifications owed after a
 * preliminary one (Art. 33(4)), each client's breach notice and the NIS2 reports, the
 * forwarding of requests held for clients, and retention reviews. A page of `limit` items
 * from `offset` in calendar order (each source is read through its index up to
 * `offset + limit + 1`, so `truncated` is exact), with the range's true `total` and its count
 * per day: nothing is dropped silently, the next page is one call away.
 */
export async function calendarItems(db: Kysely<Database>, query: ParsedCalendarQuery, now: Date): Promise<CalendarPage> {
  const { timeZone, today } = await organisationToday(db, now);
  const kinds = new Set<DeadlineKind>(query.kinds && query.kinds.length > 0 ? query.kinds : DEADLINE_KINDS);
  const end = query.offset + query.limit;
  const sources = (range: DateRange): Record<DeadlineKind, () => Promise<CalendarItem[]>> => ({
    'request-due': () => requestDueItems(db, range),
    'request-ack': () => requestAckItems(db, range),
    'extension-notice': () => extensionNoticeItems(db, range),
    'breach-72h': () => breachDeadlineItems(db, range, timeZone, now),
    'breach-follow-up': () => followUpItems(db, range, timeZone),
    'retention-review': () => retentionReviewItems(db, range),
    'register-review': () => registerReviewItems(db, range),
    'breach-client': async () => (await breachPartyItems(db, range, timeZone, now)).filter((i) => i.kind === 'breach-client'),
    'breach-nis2': async () => (await breachPartyItems(db, range, timeZone, now)).filter((i) => i.kind === 'breach-nis2'),
    'processor-forward': () => processorForwardItems(db, range),
  });
  const range: DateRange = { from: query.from, to: query.to, today, limit: end + 1 };
  const everything = sources({ ...range, limit: READ_ALL });
  const [lists, days] = await Promise.all([
    Promise.all([...kinds].map((kind) => sources(range)[kind]())),
    dayCounts(db, kinds, range, (kind) => everything[kind]()),
  ]);
  const items = lists.flat().sort(compareItems);
  const total = Object.values(days).reduce((sum, n) => sum + n, 0);
  return { now: now.toISOString(), today, timeZone, items: items.slice(query.offset, end), offset: query.offset, total, days, truncated: items.length > end };
}
