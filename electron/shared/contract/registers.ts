import { z } from 'zod';
import type { GeneratedFile } from '../generated-file';
import {
  activitySchema,
  caseLinksSchema,
  civilDateSchema,
  dpiaScreeningSchema,
  measureSchema,
  processorSchema,
  registerExportSchema,
  registerIdSchema,
  registerImportSchema,
  registerKindSchema,
  transferSchema,
  type Activity,
  type BreachRegisterFacts,
  type LinkedCase,
  type RetentionScheduleResult,
  type Measure,
  type Processor,
  type RegisterFindings,
  type RegisterImport,
  type Registers,
  type Transfer,
} from '../registers';
import { channel, noInput } from './define-channel';

const caseId = z.string().trim().min(1).max(64);
type CaseLinks = { activityIds: string[]; processorIds: string[] };

/** The Art. 30 registers: read, save (audited), screen, review, import, export, and the links from cases. */
export const registerChannels = {
  'registers.get': channel(noInput).returns<Registers & { findings: RegisterFindings }>(),
  'registers.saveActivity': channel(z.object({ id: registerIdSchema.optional(), activity: activitySchema }).strict()).returns<Activity>(),
  'registers.saveProcessor': channel(z.object({ id: registerIdSchema.optional(), processor: processorSchema }).strict()).returns<Processor>(),
  'registers.saveTransfer': channel(z.object({ id: registerIdSchema.optional(), transfer: transferSchema }).strict()).returns<Transfer>(),
  'registers.saveMeasure': channel(z.object({ id: registerIdSchema.optional(), measure: measureSchema }).strict()).returns<Measure>(),
  'registers.screenDpia': channel(z.object({ id: registerIdSchema, screening: dpiaScreeningSchema }).strict()).returns<Activity>(),
  'registers.markReviewed': channel(
    z.object({ kind: registerKindSchema, id: registerIdSchema, on: civilDateSchema.optional() }).strict(),
  ).returns<{ nextReview: string }>(),
  'registers.import': channel(registerImportSchema).returns<RegisterImport>(),
  'registers.export': channel(registerExportSchema).returns<GeneratedFile>(),
  'registers.caseLinks': channel(z.object({ caseType: z.enum(['request', 'breach']), caseId }).strict()).returns<CaseLinks>(),
  'registers.setCaseLinks': channel(caseLinksSchema).returns<CaseLinks>(),
  'registers.breachFacts': channel(z.object({ breachId: caseId }).strict()).returns<BreachRegisterFacts>(),
  'registers.linkedCases': channel(z.object({ kind: z.enum(['activity', 'processor']), id: registerIdSchema }).strict()).returns<LinkedCase[]>(),
  'registers.applyRetention': channel(z.object({ language: z.enum(['en', 'it']).default('en') }).strict()).returns<RetentionScheduleResult>(),
};
