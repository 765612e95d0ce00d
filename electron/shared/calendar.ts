import { z } from 'zod';

/**
 * The calendar of every deadline and its .ics export. Dates are civil dates (`YYYY-MM-DD`)
 * in the organisation's zone; breach deadlines are instants.
 */

/** A real calendar date: the pattern alone would let 2026-02-30 through to the services. */
export const civilDateInput = z.iso.date('Use a real calendar date written YYYY-MM-DD');
const language = z.enum(['en', 'it']);

/** Every kind of deadline the calendar knows. */
export const DEADLINE_KINDS = ['request-due', 'request-ack', 'extension-notice', 'breach-72h', 'breach-follow-up', 'retention-review', 'register-review', 'breach-client', 'breach-nis2', 'breach-nis2-progress', 'processor-forward'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** One deadline on the calendar. `title` may name a person: the .ics export can leave it out. */
export interface CalendarItem {
  /** Stable per item and kind: the .ics UID is built from it. */
  id: string;
  kind: DeadlineKind;
  caseType: 'request' | 'breach' | 'retention' | 'register';
  caseId: string;
  /** The case reference, the retention category, or the register entry's name. */
  reference: string;
  title: string;
  /** The civil date in the organisation's zone (for a breach, the day its instant falls on). */
  date: string;
  /** The instant, for breach deadlines; null for date deadlines. */
  instant: string | null;
  /** For request-due: whose clock the date is (the law's, the organisation's, or both on the same day). */
  clock: 'legal' | 'organisation' | 'both' | null;
  overdue: boolean;
}

/** A range of days and the kinds wanted; at most `limit` items, the earliest first. */
export const calendarQuerySchema = z
  .object({
    /** null: every deadline up to `to`, the overdue ones included. */
    from: civilDateInput.nullable(),
    to: civilDateInput,
    kinds: z.array(z.enum(DEADLINE_KINDS)).max(DEADLINE_KINDS.length).optional(),
    /** Items to pass over in calendar order: the next page of a long day or list. */
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(5000).default(2000),
    /**
     * At most this many items of each day, the first in calendar order (the month grid's
     * chips): a month of thousands of deadlines is read as a few per day, with every day's
     * true count beside them. `offset` and `limit` then page through these.
     */
    perDay: z.number().int().min(1).max(50).optional(),
  })
  .strict()
  .refine((q) => q.from === null || q.from <= q.to, { path: ['to'], message: 'The end must not be before the start' });

/** The deadlines of a range, in calendar order, with the organisation's today and zone. */
export interface CalendarPage {
  now: string;
  today: string;
  timeZone: string;
  /** The page: at most `limit` items from `offset`, in calendar order. */
  items: CalendarItem[];
  offset: number;
  /** Every deadline of the range, however many. */
  total: number;
  /** Deadlines per day of the range (days without any are left out): what the month view shows. */
  days: Record<string, number>;
  /** More items follow this page. */
  truncated: boolean;
}

/** The .ics export: by default names are left out (titles say "Request 2026-0042 due"). */
export const icsExportSchema = z
  .object({
    from: civilDateInput.optional(),
    to: civilDateInput.optional(),
    kinds: z.array(z.enum(DEADLINE_KINDS)).max(DEADLINE_KINDS.length).optional(),
    minimise: z.boolean().default(true),
    language,
  })
  .strict();

