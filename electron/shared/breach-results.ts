import type { CaseClock } from './case-clocks';
import type { BreachRoles } from './clients';
import type { FieldIssue } from './result';
import type {
  ActionKind,
  Art34Exemption,
  AUTHORITY_CHANNELS,
  AuthorityPhase,
  BreachCause,
  BreachFacts,
  BreachFactsDraft,
  BreachStatus,
  MemberState,
  NotificationChannel,
  NotificationRecipient,
  PUBLIC_CHANNELS,
  RiskLevel,
  SeverityLevel,
  SUBJECT_CHANNELS,
  SubjectCategory,
  TriageResult,
} from './breaches';
import type { Message } from './pure/i18n/message';

/**
 * What the breach-register channels return: the register's rows and pages, a breach's full
 * detail, the triage preview and the form's closed lists. Inputs and their schemas are in
 * `breaches.ts`, which re-exports these types so the UI imports from one place.
 */

/**
 * Where the Art. 33(1) clock stands: `running` and `overdue` before any notification to the
 * authority; `notified-in-time` / `notified-late` once the first one is recorded;
 * `not-required` when the DPO decided the authority need not be told.
 */
export type BreachClockState = 'running' | 'overdue' | 'notified-in-time' | 'notified-late' | 'not-required';
/** For the countdown: amber at 24 hours left or less, red once past, none when it has stopped. */
export type ClockUrgency = 'none' | 'amber' | 'red';

/** A row of the register. */
export interface BreachSummary {
  id: string;
  reference: string;
  title: string;
  status: BreachStatus;
  cause: BreachCause | null;
  severity: { score: number; level: SeverityLevel } | null;
  risk: RiskLevel | null;
  /** All the facts the triage needs are in. */
  factsComplete: boolean;
  awareAt: string;
  /** When the breach (the incident) ended, as recorded; null while no end is (the NIS2 final report counts from it, Art. 23(4)(e)). */
  occurredTo: string | null;
  /** awareAt + 72 hours, in awareAt's offset. */
  authorityDeadline: string;
  /** Hours from `now` to the deadline, one decimal; negative once past. */
  hoursLeft: number;
  clock: BreachClockState;
  urgency: ClockUrgency;
  /** A notification to the authority is recorded (`authorityNotifiedAt` is the first). */
  notified: boolean;
  authorityNotifiedAt: string | null;
  subjectsNotified: boolean;
  decision: { notifyAuthority: boolean; notifySubjects: boolean } | null;
}

/**
 * A row of the register list: the summary, and whether the breach touches our own data as
 * controller. When it touches only the data we process for clients, the Art. 33(1) clock is
 * the clients' and the list says so instead of counting it down.
 */
export interface BreachListRow extends BreachSummary {
  controllerSide: boolean;
}

export interface BreachPage {
  /** The instant every `hoursLeft` counts from. */
  now: string;
  /** The organisation's zone, for display only (null until set). */
  timeZone: string | null;
  total: number;
  offset: number;
  rows: BreachListRow[];
}

/** The supervisory authority's order to tell the people (Art. 34(4) GDPR): its day and reference. */
export interface SubjectsOrder {
  orderedOn: string;
  reference: string | null;
}

export interface BreachDecision {
  notifyAuthority: boolean;
  notifySubjects: boolean;
  rationale: string;
  art34Exemption: Art34Exemption | null;
  decidedAt: string;
  decidedBy: string;
  /** The triage the decision was taken against. */
  recommendation: TriageResult;
  /** The decision says what that recommendation said (authority and people alike). */
  followsRecommendation: boolean;
  /** The facts changed since and the recommendation is now different: decide again. */
  stale: boolean;
}

export interface BreachAction {
  id: number;
  kind: ActionKind;
  at: string;
  who: string;
  text: string;
  createdAt: string;
}

export interface BreachNotification {
  id: number;
  recipient: NotificationRecipient;
  phase: AuthorityPhase | null;
  sentAt: string;
  reference: string | null;
  channel: NotificationChannel | null;
  recipientsCount: number | null;
  summary: string;
  delayReasons: string | null;
  /** What a supplementary or complete notice adds to or corrects in the earlier ones. */
  adds: string | null;
  /** Hours between awareness and sending, one decimal. */
  hoursAfterAwareness: number;
  /** Sent to the authority after the 72 hours. */
  late: boolean;
  createdAt: string;
}

/**
 * Art. 33(4): after a preliminary notification the complete one is owed. Open until a complete
 * notification is recorded (or the breach is closed); the period is the DPO's setting
 * `breaches.followUpDays`, 30 days when unset, since the Regulation fixes none.
 */
export interface BreachFollowUp {
  /** When the preliminary notification was sent. */
  preliminaryAt: string;
  /** The civil date (organisation's zone) the complete notification is due. */
  due: string;
  /** The period counted from the preliminary notification's day. */
  days: number;
  /** True when the DPO has set no period and the default applies. */
  defaultPeriod: boolean;
  /** Days from today to `due` (negative once past). */
  daysLeft: number;
}

export interface BreachTimelineEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  /** The DPO's words, kept with the case (the audit chain holds only their hash). */
  reason: string | null;
  /** The audit event's facts: codes, dates, counts and hashes, no personal data. */
  data: unknown;
}

export interface BreachFactsState {
  /** As entered, no defaults applied; awareAt is the breach's. */
  draft: BreachFactsDraft;
  /** As the triage read them (defaults applied), or null while incomplete. */
  complete: BreachFacts | null;
  /** Required facts not entered yet. */
  missing: string[];
}

export interface BreachDetail extends BreachSummary {
  now: string;
  /** Whose data the breach touches (ours as controller, clients' as processor) and the NIS2 facts. */
  roles: BreachRoles;
  /** Every clock the breach carries: authority, each client, NIS2 (see `case-clocks.ts`). */
  clocks: CaseClock[];
  timeZone: string | null;
  description: string;
  discoveredAt: string | null;
  occurredFrom: string | null;
  systems: string[];
  subjectCategories: SubjectCategory[];
  recordsCount: number | null;
  crossBorder: MemberState[];
  otherAuthorities: string[];
  processors: string[];
  facts: BreachFactsState;
  /** The current recommendation, with its reasons; null until the facts are complete. */
  triage: TriageResult | null;
  decision: BreachDecision | null;
  /** The supervisory authority's order to tell the people (Art. 34(4)), or null while none is recorded. */
  subjectsOrder: SubjectsOrder | null;
  actions: BreachAction[];
  notifications: BreachNotification[];
  /** The complete notification still owed after a preliminary one (Art. 33(4)), or null. */
  followUp: BreachFollowUp | null;
  /** Each move the lifecycle offers from here, and what still blocks it (null: allowed now). */
  /** Each next step, with why it is refused (a catalogue message) or null when it is allowed. */
  transitions: { to: BreachStatus; problem: Message | null }[];
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Goes up with every change; a change sends it back as `expectedVersion` (see `electron/shared/case-version.ts`). */
  version: number;
  timeline: BreachTimelineEntry[];
}

/** The triage of facts not saved anywhere, for the form's live feedback. */
export interface TriagePreview {
  complete: boolean;
  /** Required facts not given. */
  missing: string[];
  /** Fields given but not valid, with the triage schema's messages. */
  issues: FieldIssue[];
  triage: TriageResult | null;
}

/** The closed lists a breach form offers, so the UI never hard-codes them. */
export interface BreachOptions {
  statuses: BreachStatus[];
  causes: BreachCause[];
  subjectCategories: SubjectCategory[];
  memberStates: MemberState[];
  actionKinds: ActionKind[];
  recipients: NotificationRecipient[];
  authorityPhases: AuthorityPhase[];
  authorityChannels: (typeof AUTHORITY_CHANNELS)[number][];
  subjectChannels: (typeof SUBJECT_CHANNELS)[number][];
  publicChannels: (typeof PUBLIC_CHANNELS)[number][];
  art34Exemptions: Art34Exemption[];
  /** The triage facts' closed lists, and which facts the triage cannot do without. */
  facts: {
    confidentiality: BreachFacts['confidentiality'][];
    integrity: BreachFacts['integrity'][];
    availability: BreachFacts['availability'][];
    identifiability: BreachFacts['identifiability'][];
    dataCategories: BreachFacts['dataCategories'];
    required: string[];
  };
}
