import type { HandlersOf } from '../../shared/contract/define-channel';
import type { requestChannels } from '../../shared/contract/requests';
import {
  CHANNELS,
  IDENTITY_METHODS,
  OUTCOMES,
  REFUSAL_GROUNDS,
  REGIMES,
  REQUEST_STATUSES,
  REQUEST_TYPES_BY_REGIME,
  REQUESTER_RELATIONS,
  newRequestSchema,
} from '../../shared/requests';
import { addAttachment, readAttachment } from '../requests/request-attachments';
import { addNote } from '../requests/request-notes';
import { acknowledgeRequest } from '../requests/acknowledge-request';
import { correctReceipt } from '../requests/correct-receipt';
import { recordClockStop } from '../requests/record-clock-stop';
import { correctRequest } from '../requests/correct-request';
import { reopenRequest } from '../requests/reopen-request';
import { undoExtension } from '../requests/undo-extension';
import { voidRequest } from '../requests/void-request';
import { countRequests } from '../requests/request-counts';
import { createRequest } from '../requests/create-request';
import { getRequestDetail } from '../requests/request-detail';
import { listRequests } from '../requests/list-requests';
import { transitionRequest } from '../requests/transition-request';
import { recordProcessorStep } from '../clients/processor-step';
import { expectationOf, versionCheckedDb } from '../case-version/version-checked-db';
import type { VaultSession } from '../vault/vault-session';
import { describeZodError } from './zod-issues';

/**
 * The rights-request part of the API, over the vault session. Registering and every change
 * answer the request's full detail as it now stands, as the breach register does.
 */
export function requestHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof requestChannels> {
  const detail = (id: string) => getRequestDetail(session.db(), id, now());
  /** The database for a change made on the version the editor read (refused when the request moved on since). */
  const edit = (input: { id: string; expectedVersion?: number | undefined }) => versionCheckedDb(session.db(), expectationOf('request', input));
  return {
    'reference.requestOptions': async () => ({
      regimes: REGIMES.map((regime) => ({ regime, types: [...REQUEST_TYPES_BY_REGIME[regime]] })),
      channels: [...CHANNELS],
      requesterRelations: [...REQUESTER_RELATIONS],
      identityMethods: [...IDENTITY_METHODS],
      outcomes: [...OUTCOMES],
      refusalGrounds: [...REFUSAL_GROUNDS],
      statuses: [...REQUEST_STATUSES],
    }),
    'requests.create': async ({ request }) => detail((await createRequest(session.db(), request, session.actor, now())).id),
    'requests.validate': async ({ request }) => {
      const parsed = newRequestSchema.safeParse(request);
      return { issues: parsed.success ? [] : describeZodError(parsed.error).issues };
    },
    'requests.list': async (query) => listRequests(session.db(), query, now()),
    'requests.counts': async () => countRequests(session.db(), now()),
    'requests.get': async ({ id }) => detail(id),
    'requests.transition': async (input) => detail(await transitionRequest(edit(input), input.id, input.transition, session.actor, now())),
    'requests.correctReceipt': async (input) => {
      await correctReceipt(edit(input), input.id, input.receivedAt, input.reason, session.actor, now(), input.confirmOldReceipt);
      return detail(input.id);
    },
    'requests.clockStop': async (input) => detail(await recordClockStop(edit(input), input.id, input.step, session.actor, now())),
    'requests.correct': async (input) => detail(await correctRequest(edit(input), input.id, input.correction, session.actor, now())),
    'requests.acknowledge': async (input) => detail(await acknowledgeRequest(edit(input), input.id, input.acknowledgement, session.actor, now())),
    'requests.void': async (input) => detail(await voidRequest(edit(input), input.id, input.reason, session.actor, now())),
    'requests.reopen': async (input) => detail(await reopenRequest(edit(input), input.id, input.reason, session.actor, now())),
    'requests.undoExtension': async (input) => detail(await undoExtension(edit(input), input.id, input.reason, session.actor, now())),
    'requests.addNote': async (input) => {
      await addNote(edit(input), input.id, input.text, session.actor, now(), input.correctsNoteId ?? null);
      return detail(input.id);
    },
    'requests.addAttachment': async (input) => {
      await addAttachment(edit(input), input.id, { fileName: input.fileName, base64: input.base64 }, session.actor, now());
      return detail(input.id);
    },
    'requests.attachment': async ({ attachmentId }) => readAttachment(session.db(), attachmentId),
    'requests.processorStep': async (input) => recordProcessorStep(session.db(), input, session.actor, now()),
  };
}
