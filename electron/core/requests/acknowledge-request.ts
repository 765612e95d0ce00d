import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import type { acknowledgementSchema } from '../../shared/requests';
import { civilDateInZone } from '../deadlines';
import { AppError } from '../errors';
import { loadRequest } from './load-request';
import { recordRequestEvent } from './record-request-event';
import { isOpen } from './request-lifecycle';
import type { RequestStatus } from '../../shared/requests';

export type ParsedAcknowledgement = z.output<typeof acknowledgementSchema>;

const refuse = (message: string, path?: string): never => {
  throw new AppError('ILLEGAL_TRANSITION', message, path ? [{ path, message }] : undefined);
};

/**
 * Records that receipt of the request was acknowledged to the person: when, by which channel
 * and, when it went as a letter, which finalised document. The letters service calls this
 * when an acknowledgement letter is marked sent; the request page and `request acknowledge`
 * call it for an acknowledgement given otherwise. Once recorded, the request leaves the
 * "to acknowledge" lists and reminders. Once only: a second acknowledgement is refused.
 */
export async function acknowledgeRequest(db: Kysely<Database>, idOrReference: string, ack: ParsedAcknowledgement, actor: string, now: Date): Promise<string> {
  return db.transaction().execute(async (trx) => acknowledgeInTransaction(trx, idOrReference, ack, actor, now));
}

/** {@link acknowledgeRequest} inside a transaction the caller holds (recording a letter as sent does both in one). */
export async function acknowledgeInTransaction(trx: Transaction<Database>, idOrReference: string, ack: ParsedAcknowledgement, actor: string, now: Date): Promise<string> {
  const row = await loadRequest(trx, idOrReference);
  if (!isOpen(row.status as RequestStatus)) refuse(`The request is ${row.status}; an acknowledgement can be recorded only while it is open`);
  if (row.acknowledged_at !== null) refuse(`Receipt was already acknowledged on ${civilDateInZone(row.acknowledged_at, row.time_zone)}`);
  const when = ack.at ? new Date(ack.at) : now;
  if (when.getTime() > now.getTime() + 60_000) refuse('An acknowledgement cannot be recorded in the future', 'at');
  if (when.getTime() < Date.parse(row.received_at)) refuse('An acknowledgement cannot come before the request was received', 'at');
  if (ack.documentId !== undefined) {
    const doc = await trx.selectFrom('documents').select('id').where('id', '=', ack.documentId).where('case_id', '=', row.id).executeTakeFirst();
    if (!doc) throw new AppError('NOT_FOUND', `There is no document ${ack.documentId} for request ${row.reference}`, [{ path: 'documentId', message: 'Not a document of this request' }]);
  }
  const at = when.toISOString();
  await trx
    .updateTable('requests')
    .set({ acknowledged_at: at, acknowledged_channel: ack.channel, acknowledged_document_id: ack.documentId ?? null, updated_at: now.toISOString() })
    .where('id', '=', row.id)
    .execute();
  await recordRequestEvent(trx, {
    requestId: row.id,
    action: 'request.acknowledged',
    actor,
    at: now,
    facts: { at, channel: ack.channel, documentId: ack.documentId ?? null },
  });
  return row.id;
}
