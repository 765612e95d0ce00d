import { z } from 'zod';
import { isOffsetDateTime } from './pure/breach-clock';
import { breachFactsSchema, type BreachFacts } from './breach-facts';
import { newBreachRolesSchema } from './clients';
import { civilDateSchema } from './registers';
import type { RiskLevel, SeverityLevel, TriageResult } from './triage-result';

/**
 * The breach register across the API (Art. 33(5) GDPR): statuses and the other closed lists
 * as string unions, the zod schemas of every breach-changing input, and the shapes handlers
 * return (declared in `breach-results.ts`, re-exported here). The triage facts schema stays
 * the triage engine's own; the register's draft of it is derived from it here, field by
 * field, so the two never drift apart.
 */
export type { BreachFacts, RiskLevel, SeverityLevel, TriageResult };
export type { TriageReason, ReasonFactor } from './triage-result';
export type * from './breach-results';

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
      profilingVolume: shape.profilingVolume.unwrap().nullish(),
      dataAlreadyPublic: shape.dataAlreadyPublic.unwrap().nullish(),
      revealsLess: shape.revealsLess.unwrap().nullish(),
      invalidData: shape.invalidData.unwrap().nullish(),
      establishments: shape.establishments.unwrap().nullish(),
      mainEstablishment: shape.mainEstablishment.unwrap().nullish(),
      affectedCountries: shape.affectedCountries.unwrap().nullish(),
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
    /** Whose data it touches (ours as controller, clients' as processor) and NIS2; controller-side only when absent. */
    roles: newBreachRolesSchema.optional(),
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

/**
 * The supervisory authority's order to tell the people (Art. 34(4) GDPR: it "may require" the
 * controller to communicate the breach): the day of the order and its reference (protocol or
 * letter). Recorded beside the DPO's decision, it makes the notice to the people a legal duty;
 * `null` clears an order recorded by mistake.
 */
export const subjectsOrderSchema = z.object({ orderedOn: civilDateSchema, reference: optionalText(500) }).strict();

/** A containment or remediation step on the timeline. `at` defaults to now. */
export const addBreachActionSchema = z
  .object({ kind: z.enum(ACTION_KINDS), at: instantSchema.optional(), who: text(200), text: text(4000) })
  .strict();

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
      /** Art. 33(4): what a supplementary or complete notice adds to or corrects in the earlier ones (required after a first notice). */
      adds: optionalText(4000),
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
