import { z } from 'zod';
import { isOffsetDateTime } from './pure/breach-clock';
import { SUB_PROCESSOR_APPROVALS, type SubProcessorApproval } from './pure/register-lists';
import { civilDateSchema } from './registers';
import type { CaseClock } from './case-clocks';

/**
 * The organisation as processor: the register of clients (the controllers it processes for,
 * Art. 28), the mark that puts a request in processor capacity, and a breach's roles (its
 * own data as controller, its clients' data as processor, a NIS2 significant incident).
 * Dates are civil dates in the organisation's zone; instants carry their offset.
 */

/** How the contract counts its days to forward a request: calendar days or working days of the client's country. */
export const DAY_BASES = ['calendar', 'working'] as const;
export type DayBasis = (typeof DAY_BASES)[number];

/**
 * The stages of the NIS2 reporting the register records (Directive (EU) 2022/2555 Art. 23(4)(a),
 * (b), (d), (e); D.Lgs. 138/2024 art. 25, comma 5): the early warning, the incident
 * notification, the progress report of an incident still ongoing at the month, the final report.
 */
export const NIS2_STAGES = ['early-warning', 'notification', 'progress', 'final'] as const;
export type Nis2Stage = (typeof NIS2_STAGES)[number];

const text = (max: number) => z.string().trim().min(1, 'Fill this in').max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');
const country = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Use the two-letter country code, such as IT');
const id = z.string().trim().min(1).max(64);
const instantSchema = z
  .string({ error: 'Give a date and time with its offset, e.g. 2026-03-27T10:00:00+01:00' })
  .refine(isOffsetDateTime, 'Give a date and time with its offset, e.g. 2026-03-27T10:00:00+01:00');

/** A client as the DPO enters it: who it is, how to reach its privacy contact, and the processing agreement's terms. */
export const clientSchema = z
  .object({
    name: text(200),
    privacyContact: text(500),
    agreementSignedOn: civilDateSchema.nullish(),
    agreementFile: z.string().trim().max(500).nullish(),
    /** Hours to tell the client of a breach; absent when the contract says only "without undue delay" (Art. 33(2)). */
    breachNoticeHours: z.number().int().min(1).max(720).nullish(),
    /** Days to forward a data-subject request to the client, or to assist with it. */
    requestDays: z.number().int().min(1).max(90).nullish(),
    requestDaysBasis: z.enum(DAY_BASES).default('calendar'),
    subProcessorApproval: z.enum(SUB_PROCESSOR_APPROVALS).nullish(),
    /** The country whose public holidays a count of working days skips. */
    country,
    notes: optionalText(2000),
    /** The processing activities carried out for this client "as processor" (Art. 30(2)). */
    activityIds: z.array(id).max(100).default([]),
  })
  .strict();
export type ParsedClient = z.output<typeof clientSchema>;

/** A step on a processor-side request: the day it was forwarded to the client, the date the client asked us to assist by. */
export const processorStepSchema = z
  .object({ id, forwardedOn: civilDateSchema.optional(), assistBy: civilDateSchema.nullish() })
  .strict()
  .refine((s) => s.forwardedOn !== undefined || s.assistBy !== undefined, 'Give the day it was forwarded or the date the client asked for');

/** A request received in processor capacity: the client it concerns, and the date the client asked us to assist by, once known. */
export const processorCapacitySchema = z.object({ clientId: id, assistBy: civilDateSchema.nullish() }).strict();

const rolesShape = {
  controllerSide: z.boolean(),
  clientIds: z.array(id).max(200),
  processorReportedAt: instantSchema.nullish(),
  nis2Significant: z.boolean(),
};
const someone = { path: ['clientIds'], message: 'A breach touches our own data, a client’s, or both' };

/** The roles a new breach is registered with (all optional: controller-side only by default). */
export const newBreachRolesSchema = z
  .object({
    controllerSide: rolesShape.controllerSide.default(true),
    clientIds: rolesShape.clientIds.default([]),
    processorReportedAt: rolesShape.processorReportedAt,
    nis2Significant: rolesShape.nis2Significant.default(false),
  })
  .strict()
  .refine((r) => r.controllerSide || r.clientIds.length > 0, someone);

/** The roles of a breach: which clients' data it touches, whether ours as controller too, a processor's report, NIS2. */
export const breachRolesSchema = z
  .object({ breachId: id, ...rolesShape })
  .strict()
  .refine((r) => r.controllerSide || r.clientIds.length > 0, someone);

/** The notice sent to one client (Art. 33(2)). */
export const clientNoticeSchema = z
  .object({ breachId: id, clientId: id, sentAt: instantSchema, channel: text(100), reference: z.string().trim().max(200).nullish() })
  .strict();

/** One NIS2 report sent to the CSIRT. */
export const nis2ReportSchema = z.object({ breachId: id, stage: z.enum(NIS2_STAGES), sentAt: instantSchema, reference: z.string().trim().max(200).nullish() }).strict();

/** A client as the API shows it. */
export interface Client {
  id: string;
  name: string;
  privacyContact: string;
  agreementSignedOn: string | null;
  agreementFile: string | null;
  breachNoticeHours: number | null;
  requestDays: number | null;
  requestDaysBasis: DayBasis;
  subProcessorApproval: SubProcessorApproval | null;
  country: string;
  notes: string;
  activityIds: string[];
  /** Open requests and breaches that concern this client. */
  openRequests: number;
  breaches: number;
  createdAt: string;
  updatedAt: string;
}

/** The processor-side facts of a request, with its clocks. */
export interface RequestProcessorSide {
  clientId: string;
  clientName: string;
  privacyContact: string;
  requestDays: number | null;
  requestDaysBasis: DayBasis;
  forwardBy: string | null;
  assistBy: string | null;
  forwardedOn: string | null;
  clocks: CaseClock[];
}

/** One client affected by a breach and its notice. */
export interface BreachClientNotice {
  clientId: string;
  clientName: string;
  noticeHours: number | null;
  notifiedAt: string | null;
  channel: string | null;
  reference: string | null;
}

/** A breach's roles as recorded; a breach without a record is controller-side only. */
export interface BreachRoles {
  controllerSide: boolean;
  processorReportedAt: string | null;
  clients: BreachClientNotice[];
  nis2Significant: boolean;
  nis2: {
    earlyWarningAt: string | null;
    notificationAt: string | null;
    progressReportAt: string | null;
    finalReportAt: string | null;
    /** The CSIRT's reference of each report, as recorded with it (one per report, as the Garante's phases keep theirs). */
    references: Record<Nis2Stage, string | null>;
  };
}
