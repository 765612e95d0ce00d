import type { HandlersOf } from '../../shared/contract/define-channel';
import type { documentChannels } from '../../shared/contract/documents';
import { caseDocuments, documentKinds, exportCaseDocument, finaliseLetter, previewLetter } from '../documents/letter-service';
import { recordDocumentSent } from '../documents/letter-dispatch';
import { getDraft, saveDraft } from '../documents/letter-drafts';
import type { VaultSession } from '../vault/vault-session';

/**
 * The documents part of the API: which letters fit a case, the editable preview (with the
 * PDF once nothing is missing), finalising into the vault, the case's documents and their
 * bytes for a save dialog, the record of their sending, and the DPO's kept drafts.
 */
export function documentHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof documentChannels> {
  return {
    'documents.kinds': async ({ caseType, caseId }) => documentKinds(session.db(), caseType, caseId, now()),
    'documents.preview': async (request) => previewLetter(session.db(), request, now()),
    'documents.finalise': async (request) => (await finaliseLetter(session.db(), request, session.actor, now())).document,
    'documents.list': async ({ caseType, caseId }) => caseDocuments(session.db(), caseType, caseId),
    'documents.export': async ({ documentId }) => exportCaseDocument(session.db(), documentId),
    'documents.sent': async (sent) => recordDocumentSent(session.db(), sent, session.actor, now()),
    'documents.draftSave': async (request) => saveDraft(session.db(), request, session.actor, now()),
    'documents.draftGet': async (key) => getDraft(session.db(), key, now()),
  };
}
