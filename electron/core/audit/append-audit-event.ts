import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema';
import { auditEventHash, GENESIS_HASH } from './audit-hash';
import { canonicalJson, type JsonValue } from './canonical-json';

/** What a service says happened. `data` holds the facts of the change (never secrets). */
export interface AuditEventInput {
  actor: string;
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: JsonValue;
}

/**
 * Appends one event to the hash chain. Call it inside the transaction of the change it
 * records, so the change and its event commit together or not at all.
 */
export async function appendAuditEvent(
  trx: Transaction<Database> | Kysely<Database>,
  event: AuditEventInput,
  now: Date,
): Promise<{ seq: number; hash: string }> {
  const last = await trx
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const data = event.data ?? {};
  const fields = {
    seq,
    at: now.toISOString(),
    actor: event.actor,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    data,
  };
  const hash = auditEventHash(prevHash, fields);
  await trx
    .insertInto('audit_events')
    .values({
      seq,
      at: fields.at,
      actor: fields.actor,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      data: canonicalJson(data),
      prev_hash: prevHash,
      hash,
    })
    .execute();
  return { seq, hash };
}
