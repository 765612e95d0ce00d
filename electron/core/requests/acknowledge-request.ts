import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import type { acknowledgementSchema } from '../../shared/requests';
import { civilDateInZone } from '../deadlines';
import { AppError, fieldIssue } from '../errors';
import { msg, type Message } from '../i18n';
import { loadRequest } from './load-request';
import { recordRequestEvent } from './record-request-event';
import { isOpen } from './request-lifecycle';
import type { RequestStatus } from '../../shared/requests';

export type ParsedAcknowledgement = z.output<typeof acknowledgementSchema>;

const refuse = (detail: Message, path?: string): never => {
  throw new AppError('ILLEGAL_TRANSITION', detail, path ? [fieldIssue(path, detail)] : undefined);
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
  if (!isOpen(row.status as RequestStatus)) refuse(msg('msg.error.request.ack.notOpen', { status: [msg(`msg.status.request.${row.status}`)] }));
  if (row.acknowledged_at !== null) refuse(msg('msg.error.request.ack.already', { date: civilDateInZone(row.acknowledged_at, row.time_zone) }));
  const when = ack.at ? new Date(ack.at) : now;
  if (when.getTime() > now.getTime() + 60_000) refuse(msg('msg.error.request.ack.inFuture'), 'at');
  if (when.getTime() < Date.parse(row.received_at)) refuse(msg('msg.error.request.ack.beforeReceipt'), 'at');
  if (ack.documentId !== undefined) {
    const doc = await trx.selectFrom('documents').select('id').where('id', '=', ack.documentId).where('case_id', '=', row.id).executeTakeFirst();
    if (!doc) throw new AppError('NOT_FOUND', msg('msg.error.request.ack.noDocument', { id: ack.documentId, reference: row.reference }), [fieldIssue('documentId', msg('msg.error.request.ack.notItsDocument'))]);
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
