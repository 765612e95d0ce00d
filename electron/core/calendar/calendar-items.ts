import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import { DEADLINE_KINDS, type CalendarItem, type CalendarPage, type DeadlineKind, type calendarQuerySchema } from '../../shared/calendar';
import { breachDeadlineItems } from './breach-items';
import { organisationToday } from './organisation-today';
import { extensionNoticeItems, requestAckItems, requestDueItems, type DateRange } from './request-items';
import { registerReviewItems } from './register-items';
import { retentionReviewItems } from './retention-items';

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

/**
 * Every deadline of the vault in a range of days (organisation's zone), optionally of some
 * kinds only: request response dates (legal and the organisation's), acknowledgements,
 * extension notices, breach 72-hour deadlines and retention reviews. Each source is read
 * through its index and capped at `limit + 1`, so `truncated` is exact.
 */
export async function calendarItems(db: Kysely<Database>, query: ParsedCalendarQuery, now: Date): Promise<CalendarPage> {
  const { timeZone, today } = await organisationToday(db, now);
  const kinds = new Set<DeadlineKind>(query.kinds && query.kinds.length > 0 ? query.kinds : DEADLINE_KINDS);
  const range: DateRange = { from: query.from, to: query.to, today, limit: query.limit + 1 };
  const sources: Record<DeadlineKind, () => Promise<CalendarItem[]>> = {
    'request-due': () => requestDueItems(db, range),
    'request-ack': () => requestAckItems(db, range),
    'extension-notice': () => extensionNoticeItems(db, range),
    'breach-72h': () => breachDeadlineItems(db, range, timeZone, now),
    'retention-review': () => retentionReviewItems(db, range),
    'register-review': () => registerReviewItems(db, range),
  };
  const lists = await Promise.all([...kinds].map((kind) => sources[kind]()));
  const items = lists.flat().sort(compareItems);
  return { now: now.toISOString(), today, timeZone, items: items.slice(0, query.limit), truncated: items.length > query.limit };
}
