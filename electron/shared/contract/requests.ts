import { z } from 'zod';
import type { FieldIssue } from '../result';
import type { GeneratedFile } from '../generated-file';
import {
  acknowledgementSchema,
  clockStopStepSchema,
  newRequestSchema,
  reasonSchema,
  requestCorrectionSchema,
  requestQuerySchema,
  transitionSchema,
  type Regime,
  type RequestCounts,
  type RequestDetail,
  type RequestPage,
  type RequestStatus,
  type RequestType,
} from '../requests';
import { processorStepSchema, type RequestProcessorSide } from '../clients';
import { expectedVersionSchema } from '../case-version';
import { channel, noInput } from './define-channel';

/** The closed lists a request form offers, served so the renderer holds no copy of them. */
export interface RequestOptions {
  regimes: { regime: Regime; types: RequestType[] }[];
  channels: string[];
  requesterRelations: string[];
  identityMethods: string[];
  outcomes: string[];
  refusalGrounds: string[];
  statuses: RequestStatus[];
}

const requestId = z.string().trim().min(1).max(64);
const byId = <S extends z.ZodRawShape>(shape: S) => z.object({ id: requestId, ...shape }).strict();
/** A change to one request, made on the version the editor read (see `expectedVersionSchema`). */
const edit = <S extends z.ZodRawShape>(shape: S) => byId({ ...shape, expectedVersion: expectedVersionSchema });

/** Data-subject rights requests: register, read, and every step of the case; each change answers the full detail. */
export const requestChannels = {
  'reference.requestOptions': channel(noInput).returns<RequestOptions>(),
  'requests.create': channel(z.object({ request: newRequestSchema }).strict()).returns<RequestDetail>(),
  'requests.validate': channel(z.object({ request: z.record(z.string(), z.unknown()) }).strict()).returns<{ issues: FieldIssue[] }>(),
  'requests.list': channel(requestQuerySchema).returns<RequestPage>(),
  'requests.counts': channel(noInput).returns<RequestCounts>(),
  'requests.get': channel(byId({})).returns<RequestDetail>(),
  'requests.transition': channel(edit({ transition: transitionSchema })).returns<RequestDetail>(),
  'requests.correctReceipt': channel(
    edit({ receivedAt: z.iso.datetime({ offset: true }), reason: z.string().trim().min(1).max(2000), confirmOldReceipt: z.boolean().optional() }),
  ).returns<RequestDetail>(),
  'requests.clockStop': channel(edit({ step: clockStopStepSchema })).returns<RequestDetail>(),
  'requests.correct': channel(edit({ correction: requestCorrectionSchema })).returns<RequestDetail>(),
  'requests.acknowledge': channel(edit({ acknowledgement: acknowledgementSchema })).returns<RequestDetail>(),
  'requests.void': channel(reasonSchema.extend({ id: requestId, expectedVersion: expectedVersionSchema }).strict()).returns<RequestDetail>(),
  'requests.reopen': channel(reasonSchema.extend({ id: requestId, expectedVersion: expectedVersionSchema }).strict()).returns<RequestDetail>(),
  'requests.undoExtension': channel(reasonSchema.extend({ id: requestId, expectedVersion: expectedVersionSchema }).strict()).returns<RequestDetail>(),
  'requests.addNote': channel(
    edit({ text: z.string().trim().min(1, 'Write the note').max(10_000), correctsNoteId: z.number().int().positive().optional() }),
  ).returns<RequestDetail>(),
  'requests.addAttachment': channel(
    edit({ fileName: z.string().trim().min(1).max(255), base64: z.base64().max(15_000_000, 'The file is larger than 10 MiB') }),
  ).returns<RequestDetail>(),
  'requests.attachment': channel(z.object({ attachmentId: z.uuid() }).strict()).returns<GeneratedFile>(),
  'requests.processorStep': channel(processorStepSchema).returns<RequestProcessorSide>(),
};
