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
  /** Open and past the legal deadline on the report's end date (or today, if earlier). */
  overdue: number;
  byType: Record<string, { received: number; closed: number; open: number; overdue: number }>;
  byRegime: Record<string, { received: number; closed: number; open: number; overdue: number }>;
  /** Of the requests answered: within the legal deadline, and within the organisation's commitment. */
  withinLegalDeadline: Share;
  withinCommitment: Share;
  daysToRespond: { median: number | null; p90: number | null };
  extensions: number;
  refusalsByGround: Record<string, number>;
  identityVerificationFailures: number;
  /** `YYYY-MM` → type → requests received that month. */
  perMonth: Record<string, Record<string, number>>;
}

export interface BreachFigures {
  total: number;
  bySeverity: Record<string, number>;
  byCause: Record<string, number>;
  notifiedToAuthority: number;
  /** Of the breaches notified: the first notice within 72 hours of awareness. */
  notifiedWithin72h: Share;
  medianHoursToNotification: number | null;
  peopleAffected: number;
}

export interface AuditIntegrity {
  ok: boolean;
  eventCount: number;
  headHash: string;
  firstBreak: { seq: number; reason: string } | null;
}

/** The audit report for a date range: what the DPO shows the board or the authority. */
export interface AuditReport {
  from: string;
  to: string;
  generatedAt: string;
  timeZone: string;
  organisation: string | null;
  requests: RequestFigures;
  breaches: BreachFigures;
  integrity: AuditIntegrity;
}

/** Progress of a long report: which stage and how far. */
export type ReportProgress = (stage: 'requests' | 'breaches' | 'integrity' | 'writing', done: number, total: number) => void;
