import type { Message } from './pure/i18n/message';
import type { ActivityRole, Art9Condition, DpiaStatus, GaranteDpiaItem, LegalBasis, MeasureKind, SccModule, SubProcessorApproval, TransferGround, Wp248Criterion } from './registers';

/** Review dates every register entry carries (civil dates in the organisation's zone). */
export interface ReviewDates {
  reviewEveryMonths: number;
  lastReviewedOn: string | null;
  nextReview: string;
  createdAt: string;
  updatedAt: string;
}

export interface Purpose {
  purpose: string;
  legalBasis: LegalBasis;
  art9Condition: Art9Condition | null;
  note: string;
}

export interface DpiaScreening {
  criteria: Wp248Criterion[];
  garanteItems: GaranteDpiaItem[];
  outcome: 'required' | 'not-required';
  /** What the criteria point to: two or more WP248 criteria, or any item of the Garante's list. */
  indicated: boolean;
  screenedOn: string;
  rationale: string;
  dpiaFile: string | null;
}

export interface Measure {
  id: string;
  name: string;
  kind: MeasureKind;
  description: string;
}

export interface Processor extends ReviewDates {
  id: string;
  name: string;
  service: string;
  country: string;
  parentId: string | null;
  dpaSignedOn: string | null;
  dpaFile: string | null;
  subProcessorApproval: SubProcessorApproval | null;
  transferMechanism: string | null;
  breachNoticeHours: number | null;
  notes: string;
}

export interface Transfer extends ReviewDates {
  id: string;
  recipient: string;
  country: string;
  processorId: string | null;
  ground: TransferGround;
  sccModule: SccModule | null;
  groundDetail: string;
  tiaOn: string | null;
  tiaFile: string | null;
  supplementaryMeasures: string[];
}

export interface Activity extends ReviewDates {
  id: string;
  reference: string;
  role: ActivityRole;
  name: string;
  description: string;
  purposes: Purpose[];
  subjectCategories: string[];
  dataCategories: string[];
  breachCategories: string[];
  specialCategories: boolean;
  subjectsEstimate: number | null;
  source: string;
  recipients: string[];
  systems: string[];
  controllers: { name: string; contact: string }[];
  processingCategories: string[];
  retention: string;
  retentionRuleId: string | null;
  automatedDecisions: string;
  owner: string;
  dpiaStatus: DpiaStatus;
  dpiaScreening: DpiaScreening | null;
  processorIds: string[];
  transferIds: string[];
  measureIds: string[];
}

/** The whole register at once: small enough (hundreds of entries) to travel in one piece. */
export interface Registers {
  activities: Activity[];
  processors: Processor[];
  transfers: Transfer[];
  measures: Measure[];
}

/** One problem of a CSV import, where it is: the row as the spreadsheet numbers it (header = 1) and the column's name. */
export interface ImportIssue {
  row: number;
  column: string;
  /** The problem in English (kept for scripts); `detail` is the same as a catalogue message for the reader's language. */
  message: string;
  detail: Message;
}

/** What an import did: every row or none. */
export interface RegisterImport {
  imported: number;
  issues: ImportIssue[];
}

/** What the register lacks, for the audit report and the register screen. */
export interface RegisterFindings {
  activitiesWithoutLegalBasis: { id: string; reference: string; name: string }[];
  activitiesWithoutRetention: { id: string; reference: string; name: string }[];
  overdueReviews: { kind: 'activity' | 'processor' | 'transfer'; id: string; name: string; nextReview: string }[];
  processorsWithoutContract: { id: string; name: string }[];
  transfersWithoutSafeguard: { id: string; recipient: string; country: string }[];
}

/** Breach facts suggested from the activities and processors a breach names. */
export interface BreachRegisterFacts {
  dataCategories: string[];
  /** Whether any of the activities processes special categories (Art. 9): the triage should say which were involved. */
  specialCategories: boolean;
  subjects: number | null;
  systems: string[];
  processors: string[];
  /**
   * Who must tell whom by when (Art. 33(2)): a named processor tells us within its contract's
   * hours; where we act as processor, we tell each controller without undue delay.
   */
  duties: { party: string; notifies: 'us' | 'controller'; hours: number | null }[];
}

/** A request or breach that names a register entry: the other side of a case's links. */
export interface LinkedCase {
  caseType: 'request' | 'breach';
  caseId: string;
  reference: string;
  /** The breach's title, or the request's subject: the file is in the vault already, the screen shows it to the DPO alone. */
  title: string;
  status: string;
}

/** What turning the activities' retention periods into retention rules did. */
export interface RetentionScheduleResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Activities whose retention text states no period in months or years: their rule is written by hand. */
  unparsed: { id: string; reference: string; name: string; retention: string }[];
}
