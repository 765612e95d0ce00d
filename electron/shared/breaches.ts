import { z } from 'zod';
import { isOffsetDateTime } from '../core/breaches/clock';
import { breachFactsSchema, type BreachFacts } from '../core/breaches/triage/breach-facts';
import type { RiskLevel, SeverityLevel, TriageResult } from '../core/breaches/triage/triage-result';
import type { FieldIssue } from './result';

/**
 * The breach register across the API (Art. 33(5) GDPR): statuses and the other closed lists
 * as string unions, the zod schemas of every breach-changing input, and the shapes handlers
 * return. The triage facts schema stays the triage engine's own; the register's draft of it
 * is derived from it here, field by field, so the two never drift apart.
 */
export type { BreachFacts, RiskLevel, SeverityLevel, TriageResult };
export type { TriageReason, ReasonFactor } from '../core/breaches/triage/triage-result';

/** open → assessed (triaged, decided) → notified (authority told, or decided not to) → closed. */
export const BREACH_STATUSES = ['open', 'assessed', 'notified', 'closed'] as const;
export type BreachStatus = (typeof BREACH_STATUSES)[number];

/** The causes of the Garante's model and the issue's list. */
export const BREACH_CAUSES = [
  'cyber-attack',
  'ransomware',
  'human-error',
  'lost-stolen-device',
  'lost-stolen-paper',
  'misdirected-communication',
  'unauthorised-employee-access',
  'processor-incident',
  'other',
] as const;
export type BreachCause = (typeof BREACH_CAUSES)[number];

/** Categories of people affected (the data categories are in the triage facts). */
export const SUBJECT_CATEGORIES = [
  'customers',
  'users',
  'prospects',
  'employees',
  'job-applicants',
  'children',
  'patients',
  'students',
  'suppliers',
  'other',
] as const;
export type SubjectCategory = (typeof SUBJECT_CATEGORIES)[number];

/** EU and EEA states by ISO 3166-1 code (Greece is GR), for the cross-border aspects. */
export const MEMBER_STATES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE',
  'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO',
] as const;
export type MemberState = (typeof MEMBER_STATES)[number];

export const ACTION_KINDS = ['containment', 'remediation', 'other'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const NOTIFICATION_RECIPIENTS = ['authority', 'subjects', 'public'] as const;
export type NotificationRecipient = (typeof NOTIFICATION_RECIPIENTS)[number];

/** Art. 33(4) phases, as the Garante's model (Provv. 157/2019) names them. */
export const AUTHORITY_PHASES = ['preliminary', 'complete', 'supplementary'] as const;
export type AuthorityPhase = (typeof AUTHORITY_PHASES)[number];

export const AUTHORITY_CHANNELS = ['online-procedure', 'certified-email', 'email', 'letter'] as const;
export const SUBJECT_CHANNELS = ['email', 'letter', 'phone', 'in-app', 'website', 'press'] as const;
export const PUBLIC_CHANNELS = ['website', 'press', 'in-app'] as const;
export type NotificationChannel = (typeof AUTHORITY_CHANNELS)[number] | (typeof SUBJECT_CHANNELS)[number];

/**
 * Art. 34(3): telling the people is not required when (a) the data was unintelligible to
 * anyone unauthorised, (b) later measures make the high risk no longer likely, (c) it would
 * take disproportionate effort — then a public communication instead.
 */
export const ART34_EXEMPTIONS = ['a', 'b', 'c'] as const;
export type Art34Exemption = (typeof ART34_EXEMPTIONS)[number];

const text = (max: number) => z.string().trim().min(1, 'Fill this in').max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullish();
const textList = z.array(text(200)).max(100);
/** An instant with an explicit offset; the triage's own check (real dates only, offset required). */
export const instantSchema = z
  .string({ error: 'Give a date and time with its offset, e.g. 2026-03-27T10:00:00+01:00' })
  .refine(isOffsetDateTime, 'Give a date and time with its offset, e.g. 2026-03-27T10:00:00+01:00');
/** A breach by its id or its reference (`B-2026-001`). */
export const breachIdSchema = z.string().trim().min(1).max(64);

const shape = breachFactsSchema.shape;
/**
 * The triage facts as a form or a file gives them while the picture is still forming: every
 * field optional, each checked by the triage schema's own rule (same messages), no defaults
 * applied (so the draft shows what was actually entered). `null` clears a field. `awareAt`
 * may be given but must be the breach's own moment of awareness.
 */
export const breachFactsDraftSchema = z
  .strictObject(
    {
      awareAt: shape.awareAt.nullish(),
      confidentiality: shape.confidentiality.nullish(),
      integrity: shape.integrity.nullish(),
      availability: shape.availability.nullish(),
      maliciousIntent: shape.maliciousIntent.nullish(),
      dataCategories: shape.dataCategories.nullish(),
      subjects: shape.subjects.nullish(),
      vulnerableSubjects: shape.vulnerableSubjects.unwrap().nullish(),
      identifiability: shape.identifiability.unwrap().nullish(),
      unintelligible: shape.unintelligible.unwrap().nullish(),
      recipientTrusted: shape.recipientTrusted.unwrap().nullish(),
      misuseObserved: shape.misuseObserved.unwrap().nullish(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : 'the facts must be an object') },
  )
  .transform((draft) => {
    const entries = Object.entries(draft).filter(([, value]) => value !== null && value !== undefined);
    return Object.fromEntries(entries) as BreachFactsDraft;
  });
/** The facts entered so far (no defaults applied). */
export type BreachFactsDraft = Partial<{ [K in keyof BreachFacts]: BreachFacts[K] }>;
export type BreachFactsDraftInput = z.input<typeof breachFactsDraftSchema>;

/** The record's descriptive fields, all optional: what quick entry leaves for later. */
const detailFields = {
  cause: z.enum(BREACH_CAUSES).nullish(),
  discoveredAt: instantSchema.nullish(),
  occurredFrom: instantSchema.nullish(),
  occurredTo: instantSchema.nullish(),
  systems: textList.optional(),
  subjectCategories: z.array(z.enum(SUBJECT_CATEGORIES)).max(SUBJECT_CATEGORIES.length).optional(),
  recordsCount: z.number().int('must be a whole number').min(0).nullish(),
  crossBorder: z.array(z.enum(MEMBER_STATES, { error: 'Use the two-letter code of an EU or EEA state, such as FR' })).max(MEMBER_STATES.length).optional(),
  otherAuthorities: textList.optional(),
  processors: textList.optional(),
};

/**
 * A new breach. Quick entry ("I just learned of a breach") needs only a title and the moment
 * of awareness, which starts the 72-hour clock; everything else, facts included, may follow.
 */
export const newBreachSchema = z
  .object({
    title: text(200),
    awareAt: instantSchema,
    description: z.string().trim().max(20_000).default(''),
    ...detailFields,
    facts: breachFactsDraftSchema.optional(),
  })
  .strict();
export type NewBreach = z.input<typeof newBreachSchema>;

/**
 * Changes to the record's details: an absent field is left as it is; `null` clears it. A new
 * `awareAt` moves the 72-hour deadline and reruns the triage.
 */
export const breachChangesSchema = z
  .object({ title: text(200).optional(), awareAt: instantSchema.optional(), description: z.string().trim().max(20_000).optional(), ...detailFields })
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'Change at least one field');
export type BreachChanges = z.input<typeof breachChangesSchema>;

/** The DPO's own decision, recorded beside the triage's recommendation. */
export const decideBreachSchema = z
  .object({
    notifyAuthority: z.boolean(),
    notifySubjects: z.boolean(),
    rationale: text(4000).min(10, 'Explain the decision: the register must show why (Art. 33(5))'),
    art34Exemption: z.enum(ART34_EXEMPTIONS).nullish(),
    decidedAt: instantSchema.optional(),
  })
  .strict()
  .refine((d) => !(d.notifySubjects && d.art34Exemption), {
    path: ['art34Exemption'],
    message: 'An Art. 34(3) ground is recorded only when the people are not told',
  });
export type DecideBreach = z.input<typeof decideBreachSchema>;

/** A containment or remediation step on the timeline. `at` defaults to now. */
export const addBreachActionSchema = z
  .object({ kind: z.enum(ACTION_KINDS), at: instantSchema.optional(), who: text(200), text: text(4000) })
  .strict();
export type AddBreachAction = z.input<typeof addBreachActionSchema>;

const notificationBase = {
  sentAt: instantSchema,
  /** The authority's protocol number, the letter's reference, the page's address. */
  reference: optionalText(500),
  /** What was sent, in full or summarised. */
  summary: text(20_000),
};

/** A notification: to the authority in phases, to the people, or a public communication. */
export const addBreachNotificationSchema = z.discriminatedUnion('recipient', [
  z
    .object({
      ...notificationBase,
      recipient: z.literal('authority'),
      phase: z.enum(AUTHORITY_PHASES),
      channel: z.enum(AUTHORITY_CHANNELS).nullish(),
      /** Art. 33(1): required when the first notification is sent more than 72 hours after awareness. */
      delayReasons: optionalText(4000),
    })
    .strict(),
  z
    .object({
      ...notificationBase,
      recipient: z.literal('subjects'),
      channel: z.enum(SUBJECT_CHANNELS),
      recipientsCount: z.number().int('must be a whole number').min(1, 'must be at least 1'),
    })
    .strict(),
  z
    .object({ ...notificationBase, recipient: z.literal('public'), channel: z.enum(PUBLIC_CHANNELS) })
    .strict(),
]);
export type AddBreachNotification = z.input<typeof addBreachNotificationSchema>;

/** A move in the lifecycle. Closing needs a reason; the other moves may carry one. */
export const transitionBreachSchema = z.discriminatedUnion('to', [
  z.object({ to: z.literal('assessed'), reason: optionalText(4000) }).strict(),
  z.object({ to: z.literal('notified'), reason: optionalText(4000) }).strict(),
  z.object({ to: z.literal('closed'), reason: text(4000) }).strict(),
]);
export type TransitionBreach = z.input<typeof transitionBreachSchema>;

export const BREACH_SORTS = ['aware', 'reference'] as const;
export const breachQuerySchema = z
  .object({
    status: z.array(z.enum(BREACH_STATUSES)).optional(),
    /** Matches the reference or the title. */
    search: z.string().trim().max(200).optional(),
    sort: z.enum(BREACH_SORTS).default('aware'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type BreachQuery = z.input<typeof breachQuerySchema>;

/** Live feedback for the triage form: any object; the answer says what is missing or wrong. */
export const triagePreviewSchema = z.object({ facts: z.record(z.string(), z.unknown()) }).strict();

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

export interface BreachPage {
  /** The instant every `hoursLeft` counts from. */
  now: string;
  /** The organisation's zone, for display only (null until set). */
  timeZone: string | null;
  total: number;
  offset: number;
  rows: BreachSummary[];
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
  /** Hours between awareness and sending, one decimal. */
  hoursAfterAwareness: number;
  /** Sent to the authority after the 72 hours. */
  late: boolean;
  createdAt: string;
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
  timeZone: string | null;
  description: string;
  discoveredAt: string | null;
  occurredFrom: string | null;
  occurredTo: string | null;
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
  actions: BreachAction[];
  notifications: BreachNotification[];
  /** Each move the lifecycle offers from here, and what still blocks it (null: allowed now). */
  transitions: { to: BreachStatus; problem: string | null }[];
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
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
