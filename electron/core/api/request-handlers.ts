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
import type { VaultSession } from '../vault/vault-session';
import { describeZodError } from './zod-issues';

/**
 * The rights-request part of the API, over the vault session. Registering and every change
 * answer the request's full detail as it now stands, as the breach register does.
 */
export function requestHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof requestChannels> {
  const detail = (id: string) => getRequestDetail(session.db(), id, now());
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
    'requests.transition': async ({ id, transition }) => detail(await transitionRequest(session.db(), id, transition, session.actor, now())),
    'requests.correctReceipt': async ({ id, receivedAt, reason, confirmOldReceipt }) => {
      await correctReceipt(session.db(), id, receivedAt, reason, session.actor, now(), confirmOldReceipt);
      return detail(id);
    },
    'requests.clockStop': async ({ id, step }) => detail(await recordClockStop(session.db(), id, step, session.actor, now())),
    'requests.correct': async ({ id, correction }) => detail(await correctRequest(session.db(), id, correction, session.actor, now())),
    'requests.acknowledge': async ({ id, acknowledgement }) => detail(await acknowledgeRequest(session.db(), id, acknowledgement, session.actor, now())),
    'requests.void': async ({ id, reason }) => detail(await voidRequest(session.db(), id, reason, session.actor, now())),
    'requests.reopen': async ({ id, reason }) => detail(await reopenRequest(session.db(), id, reason, session.actor, now())),
    'requests.undoExtension': async ({ id, reason }) => detail(await undoExtension(session.db(), id, reason, session.actor, now())),
    'requests.addNote': async ({ id, text, correctsNoteId }) => {
      await addNote(session.db(), id, text, session.actor, now(), correctsNoteId ?? null);
      return detail(id);
    },
    'requests.addAttachment': async ({ id, fileName, base64 }) => {
      await addAttachment(session.db(), id, { fileName, base64 }, session.actor, now());
      return detail(id);
    },
    'requests.attachment': async ({ attachmentId }) => readAttachment(session.db(), attachmentId),
    'requests.processorStep': async (input) => recordProcessorStep(session.db(), input, session.actor, now()),
  };
}
