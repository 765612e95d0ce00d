import { z } from 'zod';
import type { CommitmentBeyondLaw } from './commitment-check';

/*
 * The audit report's figures as the API returns them (`reports.audit`), shared so the
 * renderer can show them; the core builds them in `electron/core/reports`.
 */
/** How many, and the share of a total. */
export interface Share {
  count: number;
  of: number;
  share: number | null;
}

export interface RequestFigures {
  received: number;
  closed: number;
  open: number;
  /** Open and past the legal deadline on the report's end date (or today, if earlier); requests handled as processor are left out (their legal deadline binds the client). */
  overdue: number;
  /** Open and past the organisation's own commitment on the same date, judged apart from the law's deadline. */
  overdueCommitment: number;
  byType: Record<string, { received: number; closed: number; open: number; overdue: number }>;
  byRegime: Record<string, { received: number; closed: number; open: number; overdue: number }>;
  /** In our own capacity as controller, and for clients as processor (their deadlines are theirs: a processor request is overdue when not forwarded by the agreement's date). */
  byRole: Record<'controller' | 'processor', { received: number; closed: number; open: number; overdue: number }>;
  /** Of the requests answered as controller: within the legal deadline, and within the organisation's commitment. */
  withinLegalDeadline: Share;
  withinCommitment: Share;
  daysToRespond: { median: number | null; p90: number | null };
  extensions: number;
  refusalsByGround: Record<string, number>;
  /** Answered that no personal data is held: an answer (Art. 15(1)), not a refusal. */
  noDataHeld: number;
  identityVerificationFailures: number;
  /** `YYYY-MM` → type → requests received that month. */
  perMonth: Record<string, Record<string, number>>;
  /** Closed requests answered late against the law, against the organisation's commitment, or both, by reference (as controller only). */
  late: LateAnswer[];
  /** Requests open past the legal deadline on the report's date (as controller), by reference, with the days overdue. */
  openOverdue: OpenOverdue[];
  /** Requests handled as processor, judged against the agreement with the client (Art. 28(3)(e) GDPR), not Art. 12(3). */
  asProcessor: ProcessorFigures;
}

/** A request still open past its legal deadline on the report's date. */
export interface OpenOverdue {
  reference: string;
  regime: string;
  status: string;
  received: string;
  legalDue: string;
  daysOverdue: number;
  /** Null unless an extension is recorded; false when it did not take effect (no notice recorded sent within the first period: the original deadline applies; review 6, F13). */
  extensionInEffect: boolean | null;
}

/**
 * The requests received as processor: the controller (the client) owes the answer; the organisation owes forwarding
 * within the time the agreement sets. `forwardedInTime` counts, of those with an agreed time that are forwarded or past it,
 * the ones forwarded by then; `late` names the others.
 */
export interface ProcessorFigures {
  received: number;
  forwardedInTime: Share;
  /** Received with no time to forward set by the agreement. */
  noAgreedTime: number;
  late: ProcessorForwardLate[];
}

/** A processor request forwarded to the client after the agreement's date, or not yet forwarded past it. */
export interface ProcessorForwardLate {
  reference: string;
  client: string;
  forwardBy: string;
  /** Null: not yet forwarded. */
  forwardedOn: string | null;
  daysLate: number;
}

/**
 * A closed request answered after a deadline: the days late against the law and, separately,
 * against the organisation's commitment (0 when kept, null when that clock had no date), as
 * the inbox's "answered late" filter and the request page show them.
 */
export interface LateAnswer {
  reference: string;
  regime: string;
  status: string;
  received: string;
  /** The day it was closed, in the request's zone. */
  answeredOn: string;
  legalDue: string | null;
  legalDaysLate: number | null;
  organisationDue: string | null;
  commitmentDaysLate: number | null;
  /** As in {@link OpenOverdue}: false when a recorded extension did not take effect, so `legalDue` is the original deadline. */
  extensionInEffect: boolean | null;
}

export interface BreachFigures {
  total: number;
  bySeverity: Record<string, number>;
  byCause: Record<string, number>;
  notifiedToAuthority: number;
  /** Of the breaches notified: the first notice within 72 hours of awareness. */
  notifiedWithin72h: Share;
  medianHoursToNotification: number | null;
  /** Each first notification's hours from awareness, fewest first: with fewer than three a median is no typical time, so the report prints these. */
  hoursToNotification: number[];
  peopleAffected: number;
  /** References of the breaches closed with no remedial action recorded (Art. 33(5): the register documents the remedial action taken). */
  closedWithoutRemedialAction: string[];
  /** Open breaches whose complete notification (Art. 33(4)) is past the date planned for it, on the day the report is made. */
  completeNotificationsOverdue: { reference: string; due: string; daysOverdue: number }[];
}

export interface AuditIntegrity {
  ok: boolean;
  eventCount: number;
  headHash: string;
  firstBreak: { seq: number; reason: string } | null;
}

/**
 * The organisation's own commitments as set when the report was made, and each one that ends
 * later than the law allows for some receipt dates (tried from the period's start): the
 * legal deadline and the commitment are judged each on its own.
 */
export interface ReportCommitments {
  responseDays: number | null;
  complexResponseDays: number | null;
  acknowledgeDays: number | null;
  /** The receipt dates tried, one a day from `triedFrom`. */
  triedFrom: string;
  datesTried: number;
  beyondLaw: CommitmentBeyondLaw[];
}

/** The audit report for a date range: what the DPO shows the board or the authority. */
export interface AuditReport {
  from: string;
  to: string;
  generatedAt: string;
  timeZone: string;
  organisation: string | null;
  requests: RequestFigures;
  commitments: ReportCommitments;
  breaches: BreachFigures;
  integrity: AuditIntegrity;
}

/** The formats `reports.audit` can produce. */
export const REPORT_FORMATS = ['csv', 'json', 'pdf'] as const;

/**
 * Who a CSV export is for: `C` is the machine profile for scripts (commas, ISO dates, codes
 * only); `en` and `it` are for people (headers and labels in the language, instants in the
 * organisation's zone; Italian with `;`, the decimal comma and dd/mm/yyyy).
 */
export const CSV_LOCALES = ['C', 'en', 'it'] as const;
export type CsvLocale = (typeof CSV_LOCALES)[number];

/** A real calendar date: the pattern alone would let 2026-02-30 through to the services. */
const civilDate = z.iso.date('Enter a real calendar date as YYYY-MM-DD');

/** The input of `reports.audit`: a closed range of civil dates, a format, and whether the requests register names people. */
export const auditReportRequestSchema = z
  .object({
    from: civilDate,
    to: civilDate,
    format: z.enum(REPORT_FORMATS),
    withNames: z.boolean().default(false),
    locale: z.enum(CSV_LOCALES).default('C'),
    /** Chosen by the screen to ask `reports.progress` how far the report has got while it is built. */
    progressId: z.uuid().optional(),
  })
  .strict()
  .refine((value) => value.from <= value.to, { message: 'The range starts after it ends', path: ['to'] });

/** The input of `reports.progress`: the id the screen gave `reports.audit`. */
export const reportProgressRequestSchema = z.object({ id: z.uuid() }).strict();

/** How far a report being built has got (null when none runs under that id). */
export interface ReportProgressView {
  stage: 'requests' | 'breaches' | 'integrity' | 'paging' | 'writing';
  done: number;
  total: number;
}
