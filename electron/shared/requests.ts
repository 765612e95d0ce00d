import { z } from 'zod';
import { REGIMES, REQUEST_TYPES, REQUEST_TYPES_BY_REGIME, isRequestTypeOf, type Regime, type RequestType } from './regimes';
import { processorCapacitySchema, type RequestProcessorSide } from './clients';
import type { ExplanationLine, Message } from './pure/i18n/message';
import { REQUEST_GROUPS } from './dashboard';

/**
 * Rights requests across the API: statuses, channels and the other closed lists as string
 * unions, the zod schemas of every request-changing input, and the shapes handlers return.
 */
export { REGIMES, REQUEST_TYPES, REQUEST_TYPES_BY_REGIME };
export type { Regime, RequestType };

/** `void`: registered in error; it stays in the register and the audit trail but leaves every count, list and figure. */
export const REQUEST_STATUSES = ['received', 'awaiting-identity', 'in-progress', 'extended', 'responded', 'withdrawn', 'void'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const OPEN_STATUSES = ['received', 'awaiting-identity', 'in-progress', 'extended'] as const satisfies readonly RequestStatus[];

export const CHANNELS = ['email', 'web-form', 'post', 'phone', 'in-person'] as const;
export type RequestChannel = (typeof CHANNELS)[number];

/** Who sent the request: the person themself, or someone acting for them. */
export const REQUESTER_RELATIONS = ['self', 'authorised-agent', 'parent-guardian', 'legal-representative'] as const;
export type RequesterRelation = (typeof REQUESTER_RELATIONS)[number];

export const IDENTITY_METHODS = [
  'account-login',
  'email-confirmation',
  'id-document',
  'knowledge-questions',
  'parental-authority-proof',
  'agent-authorisation',
] as const;
export type IdentityMethod = (typeof IDENTITY_METHODS)[number];
export const IDENTITY_OUTCOMES = ['pending', 'verified', 'failed', 'not-required'] as const;
export type IdentityOutcome = (typeof IDENTITY_OUTCOMES)[number];

/** `no-data-held`: the answer that no personal data is held, an answer and not a refusal (Art. 15(1)). */
export const OUTCOMES = ['fulfilled', 'partially-fulfilled', 'no-data-held', 'refused'] as const;
export type RequestOutcome = (typeof OUTCOMES)[number];

/** Art. 12(5) manifestly unfounded or excessive; Art. 12(2)/(6) identity; Art. 23 / national exemptions. */
export const REFUSAL_GROUNDS = ['manifestly-unfounded', 'manifestly-excessive', 'identity-not-verified', 'exemption'] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).transform((v) => (v === '' ? null : v)).nullish();
const instant = z.iso.datetime({ offset: true, error: 'Give a date and time with its offset, e.g. 2026-03-31T09:30:00+02:00' });
const optionalEmail = z
  .union([z.literal(''), z.email('Enter an e-mail address such as name@example.com').max(254, 'An e-mail address has at most 254 characters')])
  .transform((v) => (v === '' ? null : v))
  .nullish();

export const newRequestSchema = z
  .object({
    regime: z.enum(REGIMES),
    types: z.array(z.enum(REQUEST_TYPES as [RequestType, ...RequestType[]])).min(1, 'Choose at least one request type').max(9),
    receivedAt: instant,
    channel: z.enum(CHANNELS),
    subjectName: text(200),
    subjectEmail: optionalEmail,
    subjectPhone: optionalText(40),
    subjectAddress: optionalText(500),
    requesterRelation: z.enum(REQUESTER_RELATIONS).default('self'),
    requesterName: optionalText(200),
    requesterEmail: optionalEmail,
    under16: z.boolean().default(false),
    complex: z.boolean().default(false),
    description: z.string().trim().max(10_000).default(''),
    systems: z.array(text(100)).max(50).default([]),
    /** Accepts a receipt more than 90 days back (asked for, as most are typing slips). */
    confirmOldReceipt: z.boolean().optional(),
    /** Set when the request is about data we hold for a client: we act as processor (Art. 28(3)(e)). */
    processor: processorCapacitySchema.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    input.types.forEach((type, i) => {
      if (!isRequestTypeOf(input.regime, type)) {
        ctx.addIssue({
          code: 'custom',
          path: ['types', i],
          message: `${type} is not a ${input.regime} request type; valid: ${REQUEST_TYPES_BY_REGIME[input.regime].join(', ')}`,
        });
      }
    });
    if (input.requesterRelation !== 'self' && !input.requesterName) {
      ctx.addIssue({ code: 'custom', path: ['requesterName'], message: 'Name the person who made the request on the data subject’s behalf' });
    }
    if (input.under16 && input.requesterRelation === 'self') {
      ctx.addIssue({
        code: 'custom',
        path: ['requesterRelation'],
        message: 'The service is not for under-16s: a request for a child goes through a parent or guardian',
      });
    }
  });
export type NewRequest = z.input<typeof newRequestSchema>;

/**
 * A UK GDPR clock stop other than identity (Art. 12A): `start` when clarification of an access
 * request or a fee is asked for, `end` when it arrives. `at` defaults to now.
 */
export const clockStopStepSchema = z
  .object({
    reason: z.enum(['clarification', 'fee'], { error: 'reason must be clarification or fee' }),
    action: z.enum(['start', 'end'], { error: 'action must be start or end' }),
    at: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type ClockStopStep = z.infer<typeof clockStopStepSchema>;

/** A move in the lifecycle, with the facts each move needs. `at` defaults to now. */
export const transitionSchema = z.discriminatedUnion('to', [
  z.object({ to: z.literal('awaiting-identity'), method: z.enum(IDENTITY_METHODS), reason: text(2000), at: instant.optional() }).strict(),
  z
    .object({
      to: z.literal('in-progress'),
      identity: z.object({ method: z.enum(IDENTITY_METHODS), outcome: z.enum(['verified', 'not-required']) }).strict(),
      reason: z.string().trim().max(2000).optional(),
      at: instant.optional(),
    })
    .strict(),
  z.object({ to: z.literal('extended'), reason: text(2000).min(10, 'Give the reasons for the extension: the person must be told them'), at: instant.optional() }).strict(),
  z
    .object({
      to: z.literal('responded'),
      outcome: z.enum(OUTCOMES),
      refusalGround: z.enum(REFUSAL_GROUNDS).optional(),
      reason: text(2000),
      at: instant.optional(),
    })
    .strict()
    .refine((v) => v.outcome !== 'refused' || v.refusalGround !== undefined, { path: ['refusalGround'], message: 'A refusal needs its legal ground' }),
  z.object({ to: z.literal('withdrawn'), reason: text(2000), at: instant.optional() }).strict(),
]);
export type Transition = z.input<typeof transitionSchema>;

const reasonText = z.string().trim().min(1, 'Give the reason: it is kept in the case history').max(2000);

/** Records that the request was acknowledged: when, how, and the letter it went with (if any). `at` defaults to now. */
export const acknowledgementSchema = z
  .object({ at: instant.optional(), channel: z.enum(CHANNELS), documentId: z.string().trim().min(1).max(64).optional() })
  .strict();

/**
 * A correction of the request's facts: only the fields given change. The reference never
 * changes, even when the receipt is corrected into another year. `confirmOldReceipt` accepts a
 * receipt more than 90 days back.
 */
export const requestCorrectionSchema = z
  .object({
    changes: z
      .object({
        receivedAt: instant,
        types: z.array(z.enum(REQUEST_TYPES as [RequestType, ...RequestType[]])).min(1, 'Choose at least one request type').max(9),
        channel: z.enum(CHANNELS),
        subjectName: text(200),
        subjectEmail: optionalEmail,
        subjectPhone: optionalText(40),
        subjectAddress: optionalText(500),
        requesterRelation: z.enum(REQUESTER_RELATIONS),
        requesterName: optionalText(200),
        requesterEmail: optionalEmail,
        under16: z.boolean(),
        complex: z.boolean(),
        description: z.string().trim().max(10_000),
        systems: z.array(text(100)).max(50),
      })
      .partial()
      .strict(),
    reason: reasonText,
    confirmOldReceipt: z.boolean().optional(),
  })
  .strict();
export type RequestCorrection = z.input<typeof requestCorrectionSchema>;
/** The facts a correction may change, as named in history and in the API. */
export type CorrectableField = keyof z.output<typeof requestCorrectionSchema>['changes'];

/** Voiding, reopening and undoing an extension each need the DPO's reason. */
export const reasonSchema = z.object({ reason: reasonText }).strict();

export const REQUEST_SORTS = ['due', 'received', 'reference'] as const;
export const requestQuerySchema = z
  .object({
    status: z.array(z.enum(REQUEST_STATUSES)).optional(),
    regime: z.array(z.enum(REGIMES)).optional(),
    type: z.enum(REQUEST_TYPES as [RequestType, ...RequestType[]]).optional(),
    search: z.string().trim().max(200).optional(),
    overdue: z.boolean().optional(),
    /** Closed late: past the law's deadline, or past the organisation's commitment. */
    late: z.enum(['legal', 'commitment']).optional(),
    /** One of Today's lists, by the same filter that counts it there: "every one of them", paged. */
    group: z.enum(REQUEST_GROUPS).optional(),
    /** In which capacity we hold the data: as controller, or as processor for a client. */
    capacity: z.enum(['controller', 'processor']).optional(),
    /** Requests about one client's data (processor capacity). */
    clientId: z.string().trim().min(1).max(64).optional(),
    sort: z.enum(REQUEST_SORTS).default('due'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type RequestQuery = z.input<typeof requestQuerySchema>;

/** One clock: a date, days left from today in the organisation's zone, and whether it is past. */
export interface ClockView {
  date: string | null;
  daysLeft: number | null;
}

/** A row of the inbox. */
export interface RequestSummary {
  id: string;
  reference: string;
  regime: Regime;
  types: RequestType[];
  status: RequestStatus;
  subjectName: string;
  subjectEmail: string | null;
  receivedDate: string;
  legal: ClockView;
  organisation: ClockView;
  /** The earlier clock: drives sorting and warnings. */
  effective: ClockView & { drivenBy: 'legal' | 'organisation' | 'both' | null };
  /** Set for a request received in processor capacity: the client and the contract's forwarding date. */
  processorFor: { clientId: string; clientName: string; forwardBy: string | null; forwardedOn: string | null } | null;
  /** Past the legal deadline (red). */
  overdue: boolean;
  /** Past the organisation's commitment but not the law's (amber). */
  slaBreached: boolean;
  /** Days late when closed, against the law and against the commitment (0 = on time); null while open or void. */
  lateness: Lateness | null;
}

/** How late a closed request was answered: days past each deadline, 0 when on time, null when there was none. */
export interface Lateness {
  legalDays: number | null;
  commitmentDays: number | null;
}

export interface RequestPage {
  /** Today in the organisation's zone, the day every `daysLeft` counts from. */
  today: string;
  timeZone: string;
  total: number;
  offset: number;
  rows: RequestSummary[];
}

export interface RequestTimelineEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  data: unknown;
  /** For a correction: each fact changed, with its old and new value as stored. */
  changes?: { field: string; from: string | null; to: string | null }[];
}

export interface RequestDetail extends RequestSummary {
  /** Goes up with every change; a change sends it back as `expectedVersion` (see `electron/shared/case-version.ts`). */
  version: number;
  /** The processor side with its clocks, for a request received in processor capacity. */
  processorSide: RequestProcessorSide | null;
  receivedAt: string;
  timeZone: string;
  jurisdiction: string;
  channel: RequestChannel;
  subjectPhone: string | null;
  subjectAddress: string | null;
  requesterRelation: RequesterRelation;
  requesterName: string | null;
  requesterEmail: string | null;
  under16: boolean;
  complex: boolean;
  description: string;
  systems: string[];
  identity: { method: IdentityMethod | null; requestedAt: string | null; verifiedAt: string | null; outcome: IdentityOutcome };
  outcome: RequestOutcome | null;
  refusalGround: RefusalGround | null;
  extensionReason: string | null;
  /** When the extension was recorded (an instant), null unless the request is or was extended. */
  extendedAt: string | null;
  closedAt: string | null;
  acknowledgedAt: string | null;
  acknowledgement: { at: string; channel: RequestChannel | null; documentId: string | null } | null;
  /** Set when the request was voided as registered in error. */
  void: { at: string; reason: string | null } | null;
  /** Whether an extension can be undone now (extended, and no extension notice finalised). */
  canUndoExtension: boolean;
  deadlines: {
    due: string | null;
    extendedDue: string | null;
    acknowledgeBy: string | null;
    extensionNoticeBy: string | null;
    organisationDue: string | null;
    organisationAcknowledgeBy: string | null;
    /**
     * Null unless an extension is recorded. Where the law makes it depend on telling the person within the first
     * period (Art. 12(3) GDPR and UK GDPR; CCPA Regs § 7021(b)), it takes effect only once an extension notice is
     * recorded as sent by `extensionNoticeBy`; until then, and for good if none was, the original deadline binds and
     * `why` says so (review 6, F13). `noticeSentOn`: the first day a notice was recorded as sent.
     */
    extension: { inEffect: boolean; noticeSentOn: string | null; why: Message | null } | null;
    /** Plain explanations with citations, one per date. */
    explanations: string[];
    /**
     * The same explanations as catalogue messages (`msg.deadline.*`), for rendering in the
     * reader's language; empty for requests stored before they existed (then `explanations`).
     */
    explanationLines: ExplanationLine[];
  };
  clockStops: { reason: string; from: string; to: string | null }[];
  /** The moves its status allows now. */
  allowedTransitions: RequestStatus[];
  /** Oldest first; a correcting note names the note it corrects (notes are never edited). */
  notes: { id: number; at: string; author: string; text: string; correctsNoteId: number | null }[];
  attachments: { id: string; fileName: string; mimeType: string; size: number; sha256: string; createdAt: string }[];
  timeline: RequestTimelineEntry[];
}

export interface RequestCounts {
  today: string;
  byStatus: Record<RequestStatus, number>;
  open: number;
  overdue: number;
  slaBreached: number;
  /** Open requests whose earlier deadline falls today (Today's "Due today"). */
  dueToday: number;
  /** Open requests due after today, up to today + 7 (Today's "Due this week"). */
  dueThisWeek: number;
}
