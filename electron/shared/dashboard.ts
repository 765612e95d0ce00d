import type { CaseClock } from './case-clocks';
import { z } from 'zod';
import type { BreachClockState, BreachFollowUp, BreachStatus, ClockUrgency } from './breaches';
import type { Regime, RequestStatus, RequestType } from './requests';

/**
 * Deadline tracking across the API: the morning dashboard, the calendar of every deadline
 * (and its .ics export), reminders with the in-app notification list, the DPO's reminder
 * preferences and the retention register. Dates are civil dates (`YYYY-MM-DD`) in the
 * organisation's zone; breach deadlines are instants. Handlers return these shapes.
 */

/** Every kind of deadline the calendar knows. */
export const DEADLINE_KINDS = ['request-due', 'request-ack', 'extension-notice', 'breach-72h', 'breach-follow-up', 'retention-review', 'register-review', 'breach-client', 'breach-nis2', 'processor-forward'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** The request lists of the dashboard, in the order it shows them. */
export const REQUEST_GROUPS = ['overdue', 'pastCommitment', 'dueToday', 'dueThisWeek', 'acknowledgements', 'extensionNotices'] as const;
export type RequestGroupKey = (typeof REQUEST_GROUPS)[number];

/** What to do next on a request: each opens the case at the step it names. */
export type RequestNextAction = 'acknowledge' | 'request-identity' | 'verify-identity' | 'extend' | 'respond';
/** What to do next on a breach. */
export type BreachNextAction = 'complete-facts' | 'decide' | 'notify-authority' | 'notify-subjects' | 'complete-notification' | 'update-status';

/** A real calendar date: the pattern alone would let 2026-02-30 through to the services. */
const civilDate = z.iso.date('Use a real calendar date written YYYY-MM-DD');
const language = z.enum(['en', 'it']);
const text = (max: number) => z.string().trim().min(1, 'Fill this in').max(max);

/** A request in one of the dashboard's lists. `date` is the date that list is about. */
export interface DashboardRequestRow {
  id: string;
  reference: string;
  status: RequestStatus;
  regime: Regime;
  types: RequestType[];
  subjectName: string;
  receivedDate: string;
  date: string;
  /** Days from today to `date` (negative once past). */
  daysLeft: number;
  legalDue: string | null;
  organisationDue: string | null;
  nextAction: RequestNextAction;
}

/** One list and its count; `total` comes from the same filter as `rows` (which may be capped). */
export interface DashboardGroup {
  key: RequestGroupKey;
  total: number;
  rows: DashboardRequestRow[];
}

/** A breach not yet closed, with its Art. 33(1) clock read at the dashboard's `now`. */
export interface DashboardBreachRow {
  id: string;
  reference: string;
  title: string;
  status: BreachStatus;
  awareAt: string;
  /** awareAt + 72 hours, in awareAt's offset. */
  authorityDeadline: string;
  hoursLeft: number;
  clock: BreachClockState;
  urgency: ClockUrgency;
  /** The complete notification still owed after a preliminary one (Art. 33(4)), or null. */
  followUp: BreachFollowUp | null;
  nextAction: BreachNextAction;
  /** The breach's other clocks still to be met: each client's notice, the NIS2 reports (see `case-clocks.ts`). */
  otherClocks: CaseClock[];
}

/** A retention rule whose review is due within the dashboard's horizon (or past). */
export interface DashboardReviewRow { id: string; category: string; nextReview: string; daysLeft: number }

/** The registers whose entries have review dates, plus the DPIAs the screenings call for. */
export type RegisterReviewKind = 'activity' | 'processor' | 'transfer' | 'dpia';

/**
 * Register entries that need the DPO: reviews past their date (`overdue`) or due within the
 * horizon (`dueSoon`), per register; for DPIAs, activities whose DPIA is required or in
 * progress (`overdue`: owed before or during the processing) and activities never screened
 * (`dueSoon`). Counts are exact; `rows` is capped, most urgent first.
 */
export interface DashboardRegisterReviews {
  horizonDays: number;
  counts: Record<RegisterReviewKind, { overdue: number; dueSoon: number }>;
  rows: { kind: RegisterReviewKind; id: string; name: string; date: string | null; overdue: boolean }[];
}

/** Requests received and closed in one ISO week (Monday to Sunday in the organisation's zone). */
export interface TrendWeek {
  /** `2026-W15`. */
  week: string;
  start: string;
  received: number;
  closed: number;
}

/** The DPO's day at a glance. */
export interface Dashboard {
  now: string;
  today: string;
  timeZone: string;
  /** The last day of "due this week": today + 7. */
  weekEnd: string;
  breaches: { total: number; rows: DashboardBreachRow[] };
  requests: Record<RequestGroupKey, DashboardGroup>;
  reviews: { total: number; rows: DashboardReviewRow[] };
  registerReviews: DashboardRegisterReviews;
  /** Closed cases older than the vault's retention period, proposed for deletion. */
  retention: { periodMonths: number | null; proposed: number };
  trend: TrendWeek[];
  unreadNotifications: number;
}

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
    from: civilDate.nullable(),
    to: civilDate,
    kinds: z.array(z.enum(DEADLINE_KINDS)).max(DEADLINE_KINDS.length).optional(),
    /** Items to pass over in calendar order: the next page of a long day or list. */
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(5000).default(2000),
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
    from: civilDate.optional(),
    to: civilDate.optional(),
    kinds: z.array(z.enum(DEADLINE_KINDS)).max(DEADLINE_KINDS.length).optional(),
    minimise: z.boolean().default(true),
    language,
  })
  .strict();

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time written HH:MM, such as 09:00');
const leadList = (max: number) =>
  z
    .array(z.number().int().min(0).max(max))
    .max(6, 'At most six reminders')
    .transform((list) => [...new Set(list)].sort((a, b) => b - a));

/** When reminders fire: hours before a breach deadline, days before a date deadline, and the time of day. */
export const deadlinePreferencesSchema = z.object({
  breachHours: leadList(71),
  requestDays: leadList(60),
  /** The time of day (organisation's zone) date reminders and the daily summary fire. */
  timeOfDay,
  desktopNotifications: z.boolean(),
  /** Desktop notifications name the person or breach (off: the reference only, for a screen others may see). */
  namesInNotifications: z.boolean(),
  /** Closed cases older than this are proposed for deletion; null: no period set. */
  closedCaseRetentionMonths: z.number().int().min(1).max(600).nullable(),
});
export type DeadlinePreferences = z.output<typeof deadlinePreferencesSchema>;
export const deadlinePreferencesPatchSchema = deadlinePreferencesSchema.partial().strict();

/** The defaults: breaches at 48, 24 and 6 hours left; requests at 7 and 2 days and on the day. */
export const DEFAULT_DEADLINE_PREFERENCES: DeadlinePreferences = {
  breachHours: [48, 24, 6],
  requestDays: [7, 2, 0],
  timeOfDay: '09:00',
  desktopNotifications: true,
  namesInNotifications: false,
  closedCaseRetentionMonths: null,
};

/** How far ahead a reminder fires: `48h`, `7d`, `0d` (on the day), `overdue`, or the daily `summary`. */
export type ReminderLead = `${number}h` | `${number}d` | 'overdue' | 'summary';

/** The figures of the daily summary. */
export interface SummaryCounts {
  breachesRunning: number;
  overdue: number;
  pastCommitment: number;
  dueToday: number;
  dueThisWeek: number;
  acknowledgements: number;
  extensionNotices: number;
  reviews: number;
}

/** One entry of the in-app notification list. */
export interface InAppNotification {
  id: number;
  reminderId: string;
  kind: DeadlineKind | 'summary';
  lead: ReminderLead;
  caseType: 'request' | 'breach' | 'retention' | null;
  caseId: string | null;
  reference: string | null;
  /** The person's name, the breach title or the retention category (in the vault only). */
  label: string | null;
  deadline: string | null;
  firedAt: string;
  read: boolean;
  summary: SummaryCounts | null;
}

/** A page of the notification list, newest first. */
export const notificationListSchema = z
  .object({ unreadOnly: z.boolean().default(false), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(50) })
  .strict();
/** Marks some notifications (by id) or all of them read. */
export const notificationReadSchema = z
  .object({ ids: z.array(z.number().int().positive()).max(500).optional(), all: z.boolean().optional() })
  .strict()
  .refine((v) => (v.ids?.length ?? 0) > 0 || v.all === true, 'Name the notifications to mark, or all');

/** The notification list and how many are unread. */
export interface NotificationPage {
  unread: number;
  total: number;
  rows: InAppNotification[];
}

/** What one reminder run did: what to show now (with names), and the anonymous schedule ahead. */
export interface ReminderRun {
  /** The organisation's today and zone, for the texts of what is shown. */
  today: string;
  timeZone: string;
  /** The DPO wants desktop notifications (otherwise the in-app list only). */
  desktopNotifications: boolean;
  /** Desktop notifications may carry names (the DPO turned it on); otherwise references only. */
  namesInNotifications: boolean;
  shown: InAppNotification[];
  /** Upcoming fire times without names, so a locked app can still say "N items need attention". */
  upcoming: { id: string; fireAt: string }[];
  /** Items due today or overdue, and running breach clocks, at this run. */
  attention: number;
}
/** One run of the reminders; `alreadyShown` lists what a locked app announced without names. */
export const reminderRunSchema = z.object({ alreadyShown: z.array(z.string().max(200)).max(2000).default([]) }).strict();

/** What starts a retention period (the examples: account closure, end of the relationship, …). */
export const RETENTION_TRIGGERS = ['collection', 'end-of-relationship', 'account-closure', 'last-activity', 'end-of-financial-year', 'other'] as const;
export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];

/** A rule of the retention register as the DPO enters it. */
export const retentionRuleSchema = z
  .object({
    category: text(200),
    periodCount: z.number().int().min(1).max(1200),
    periodUnit: z.enum(['months', 'years']),
    trigger: z.enum(RETENTION_TRIGGERS),
    triggerNote: z.string().trim().max(500).default(''),
    legalBasis: text(1000),
    reviewEveryMonths: z.number().int().min(1).max(120).default(12),
    /** The first review; defaults to today + reviewEveryMonths. */
    firstReview: civilDate.optional(),
  })
  .strict()
  .refine((r) => r.trigger !== 'other' || r.triggerNote !== '', { path: ['triggerNote'], message: 'Say what starts the period' });
export type RetentionRuleInput = z.input<typeof retentionRuleSchema>;

/** A rule of the register with its review dates. */
export interface RetentionRule {
  id: string;
  category: string;
  periodCount: number;
  periodUnit: 'months' | 'years';
  trigger: RetentionTrigger;
  triggerNote: string;
  legalBasis: string;
  reviewEveryMonths: number;
  lastReviewedOn: string | null;
  nextReview: string;
  createdAt: string;
  updatedAt: string;
}

/** A closed case old enough to be deleted under the vault's retention period. */
export interface ProposedCase { id: string; reference: string; status: string; closedAt: string }

/** The vault's own retention: the period, the cutoff and the cases proposed for deletion. */
export interface RetentionProposals {
  periodMonths: number | null;
  /** Cases closed before this instant are proposed (start of the cutoff day in the organisation's zone). */
  cutoff: string | null;
  requests: { total: number; rows: ProposedCase[] };
  breaches: { total: number; rows: ProposedCase[] };
}

/** The closed cases the DPO chose to delete. */
export const deleteCasesSchema = z
  .object({
    requestIds: z.array(z.string().min(1).max(64)).max(10_000).default([]),
    breachIds: z.array(z.string().min(1).max(64)).max(10_000).default([]),
    /** The DPO types this word: deletion cannot be undone. */
    confirm: z.literal('delete', { error: 'Type delete to confirm' }),
  })
  .strict()
  .refine((v) => v.requestIds.length + v.breachIds.length > 0, 'Choose at least one case');

/** How many cases were deleted. */
export interface RetentionDeletion { deletedRequests: number; deletedBreaches: number }
