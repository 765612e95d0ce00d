import type { CaseClock } from './case-clocks';
import type { BreachClockState, BreachFollowUp, BreachStatus, ClockUrgency } from './breaches';
import type { Regime, RequestStatus, RequestType } from './requests';

/**
 * The morning dashboard: the request lists, running breach clocks, reviews due, the vault's
 * retention and the weekly trend. Dates are civil dates (`YYYY-MM-DD`) in the organisation's
 * zone; breach deadlines are instants.
 */

/** The request lists of the dashboard, in the order it shows them. */
export const REQUEST_GROUPS = ['overdue', 'pastCommitment', 'dueToday', 'dueThisWeek', 'acknowledgements', 'extensionNotices'] as const;
export type RequestGroupKey = (typeof REQUEST_GROUPS)[number];

/** What to do next on a request: each opens the case at the step it names. */
export type RequestNextAction = 'acknowledge' | 'request-identity' | 'verify-identity' | 'extend' | 'respond';
/** What to do next on a breach. */
export type BreachNextAction = 'complete-facts' | 'decide' | 'notify-authority' | 'notify-clients' | 'notify-subjects' | 'complete-notification' | 'update-status';

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
  /**
   * The breach touches data we hold as controller, so the authority's 72 hours are ours
   * (Art. 33(1)). False when it touches only clients' data: we are processor only, our
   * clocks are the clients' notices (Art. 33(2)), and Today shows no authority deadline.
   */
  controllerSide: boolean;
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

