import type { Transaction } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { DispatchChannel, DocumentSummary } from '../../../shared/document-contract';
import { recordClientNoticeInTransaction } from '../../clients/breach-roles';

/** The client a finalised client notice was made for, as its finalisation recorded it; null when none was. */
async function clientOfDocument(trx: Transaction<Database>, document: DocumentSummary): Promise<string | null> {
  const events = await trx
    .selectFrom('audit_events')
    .select('data')
    .where('entity_type', '=', 'breach')
    .where('entity_id', '=', document.caseId)
    .where('action', '=', 'breach.notice-finalised')
    .execute();
  for (const event of events) {
    const data = JSON.parse(event.data) as { documentId?: unknown; clientId?: unknown };
    if (data.documentId === document.id && typeof data.clientId === 'string') return data.clientId;
  }
  return null;
}

/**
 * Sending a client notice records the Art. 33(2) notice to that client on the breach, in the
 * sending's transaction, when none is recorded yet (the contract's clock is met by the first
 * notice; later ones are updates, kept as the document's own sendings).
 */
export async function recordClientNoticeSent(trx: Transaction<Database>, document: DocumentSummary, sentAt: string, channel: DispatchChannel, actor: string, now: Date): Promise<void> {
  if (document.kind !== 'client-notice') return;
  const clientId = await clientOfDocument(trx, document);
  if (clientId === null) return;
  const row = await trx.selectFrom('breach_clients').select('notified_at').where('breach_id', '=', document.caseId).where('client_id', '=', clientId).executeTakeFirst();
  if (!row || row.notified_at !== null) return;
  await recordClientNoticeInTransaction(trx, { breachId: document.caseId, clientId, sentAt, channel, reference: null }, actor, now);
}
