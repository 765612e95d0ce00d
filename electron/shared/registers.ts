import { z } from 'zod';
import { dpiaIndicated } from './pure/dpia-indicated';
import {
  LEGAL_BASES,
  ART9_CONDITIONS,
  ACTIVITY_ROLES,
  DPIA_STATUSES,
  WP248_CRITERIA,
  GARANTE_DPIA_LIST,
  TRANSFER_GROUNDS,
  SCC_MODULES,
  SUB_PROCESSOR_APPROVALS,
  MEASURE_KINDS,
} from './pure/register-lists';

/**
 * The registers across the API: the closed lists of Art. 30, 28, 44–49 and 35 as string
 * unions and the zod schemas of every register-changing input. Result shapes are in
 * `register-results.ts`. Dates are civil dates (`YYYY-MM-DD`) in the organisation's zone.
 */
export type * from './register-results';

export type { LegalBasis, Art9Condition, ActivityRole, DpiaStatus, Wp248Criterion, GaranteDpiaItem, TransferGround, SccModule, SubProcessorApproval, MeasureKind } from './pure/register-lists';

const text = (max: number) => z.string().trim().min(1, 'Fill this in').max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');
const list = z.array(text(300)).max(100).default([]);
const realDay = (text: string) => {
  const [y = 0, m = 0, d = 0] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
export const civilDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD')
  .refine(realDay, 'Write the date as YYYY-MM-DD');
const country = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Use the two-letter country code, such as US');
const registerId = z.string().trim().min(1).max(64);

/** How often the entry is reviewed, and when it last was (the next review follows). */
const reviewFields = {
  reviewEveryMonths: z.number().int().min(1).max(120).default(12),
  lastReviewedOn: civilDateSchema.nullish(),
};

/** One purpose with its legal basis, and the Art. 9 condition when special categories are processed. */
export const purposeSchema = z
  .object({
    purpose: text(500),
    legalBasis: z.enum(LEGAL_BASES, { error: `Choose a legal basis: ${LEGAL_BASES.join(', ')}` }),
    art9Condition: z.enum(ART9_CONDITIONS).nullish(),
    note: optionalText(1000),
  })
  .strict();

/** A processing activity as the DPO enters it: Art. 30(1) as controller, Art. 30(2) as processor. */
export const activitySchema = z
  .object({
    role: z.enum(ACTIVITY_ROLES).default('controller'),
    name: text(200),
    description: optionalText(2000),
    purposes: z.array(purposeSchema).max(30).default([]),
    subjectCategories: list,
    dataCategories: list,
    /** The breach triage's data-category keys, for facts prefilled from this activity. */
    breachCategories: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
    specialCategories: z.boolean().default(false),
    subjectsEstimate: z.number().int().min(0).nullish(),
    source: optionalText(1000),
    recipients: list,
    systems: list,
    /** Art. 30(2)(a): the controllers on whose behalf the organisation acts as processor. */
    controllers: z.array(z.object({ name: text(200), contact: optionalText(500) }).strict()).max(200).default([]),
    /** Art. 30(2)(b): the categories of processing carried out for each controller. */
    processingCategories: list,
    retention: optionalText(1000),
    retentionRuleId: z.uuid().nullish(),
    automatedDecisions: optionalText(2000),
    owner: optionalText(200),
    dpiaStatus: z.enum(DPIA_STATUSES).default('not-screened'),
    processorIds: z.array(registerId).max(100).default([]),
    transferIds: z.array(registerId).max(100).default([]),
    measureIds: z.array(registerId).max(200).default([]),
    ...reviewFields,
  })
  .strict()
  .superRefine((a, ctx) => {
    a.purposes.forEach((p, i) => {
      if (a.specialCategories && !p.art9Condition) ctx.addIssue({ code: 'custom', path: ['purposes', i, 'art9Condition'], message: 'Special categories need an Art. 9(2) condition' });
    });
    if (a.role === 'processor' && a.controllers.length === 0) ctx.addIssue({ code: 'custom', path: ['controllers'], message: 'Name the controller(s) on whose behalf (Art. 30(2)(a))' });
  });
export type ActivityInput = z.input<typeof activitySchema>;
export type ParsedActivity = z.output<typeof activitySchema>;

/** A processor or sub-processor with its Art. 28 contract. */
export const processorSchema = z
  .object({
    name: text(200),
    service: text(500),
    country,
    parentId: registerId.nullish(),
    dpaSignedOn: civilDateSchema.nullish(),
    dpaFile: z.string().trim().max(500).nullish(),
    subProcessorApproval: z.enum(SUB_PROCESSOR_APPROVALS).nullish(),
    transferMechanism: z.string().trim().max(300).nullish(),
    breachNoticeHours: z.number().int().min(1).max(720).nullish(),
    notes: optionalText(2000),
    ...reviewFields,
  })
  .strict();
export type ProcessorInput = z.input<typeof processorSchema>;
export type ParsedProcessor = z.output<typeof processorSchema>;

/** A transfer to a third country and its Chapter V safeguard. */
export const transferSchema = z
  .object({
    recipient: text(200),
    country,
    processorId: registerId.nullish(),
    ground: z.enum(TRANSFER_GROUNDS),
    sccModule: z.enum(SCC_MODULES).nullish(),
    groundDetail: optionalText(1000),
    tiaOn: civilDateSchema.nullish(),
    tiaFile: z.string().trim().max(500).nullish(),
    supplementaryMeasures: list,
    ...reviewFields,
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.ground === 'scc' && !t.sccModule) ctx.addIssue({ code: 'custom', path: ['sccModule'], message: 'Say which SCC module applies' });
    if (t.ground === 'derogation' && t.groundDetail === '') ctx.addIssue({ code: 'custom', path: ['groundDetail'], message: 'Name the Art. 49 derogation relied on' });
  });
export type TransferInput = z.input<typeof transferSchema>;
export type ParsedTransfer = z.output<typeof transferSchema>;

/** An entry of the shared catalogue of security measures (Art. 32). */
export const measureSchema = z.object({ name: text(200), kind: z.enum(MEASURE_KINDS), description: optionalText(1000) }).strict();
export type MeasureInput = z.input<typeof measureSchema>;

/** A DPIA screening of one activity: the criteria met, the DPO's outcome, the date and the DPIA file. */
export const dpiaScreeningSchema = z
  .object({
    criteria: z.array(z.enum(WP248_CRITERIA)).max(WP248_CRITERIA.length).default([]),
    garanteItems: z.array(z.enum(GARANTE_DPIA_LIST)).max(GARANTE_DPIA_LIST.length).default([]),
    outcome: z.enum(['required', 'not-required']),
    screenedOn: civilDateSchema,
    rationale: optionalText(2000),
    dpiaFile: z.string().trim().max(500).nullish(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const indicated = dpiaIndicated(s.criteria, s.garanteItems);
    if (indicated && s.outcome === 'not-required' && s.rationale === '') {
      ctx.addIssue({ code: 'custom', path: ['rationale'], message: 'The screening points to a DPIA: say why none is needed' });
    }
  });
export type ParsedDpiaScreening = z.output<typeof dpiaScreeningSchema>;

export const registerIdSchema = registerId;
export const registerKindSchema = z.enum(['activity', 'processor', 'transfer']);
export type RegisterKind = z.infer<typeof registerKindSchema>;

/** Import: the CSV's text (the file's content, UTF-8, with or without BOM). */
export const registerImportSchema = z.object({ csv: z.string().min(1, 'The file is empty').max(5_000_000) }).strict();
/** Export: the format and, for PDF, the language. */
export const registerExportSchema = z.object({ format: z.enum(['pdf', 'csv', 'json']), language: z.enum(['en', 'it']).default('en') }).strict();
/** Which register entries a case concerns. */
export const caseLinksSchema = z
  .object({
    caseType: z.enum(['request', 'breach']),
    caseId: z.string().trim().min(1).max(64),
    activityIds: z.array(registerId).max(200).default([]),
    processorIds: z.array(registerId).max(200).default([]),
  })
  .strict();
