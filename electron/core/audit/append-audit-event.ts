import { sql, type Kysely, type Transaction } from 'kysely';
import { connectionHasTempTable, serialiseWriters } from '../../../db/dialect';
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
  /** Case states computed by the caller (a schema upgrade); otherwise the state tracker fills them in. */
  states?: JsonValue;
}

async function nextSeq(trx: Transaction<Database>, withPending: boolean): Promise<{ seq: number; prevHash: string }> {
  const last = await trx.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let seq = (last?.seq ?? 0) + 1;
  if (withPending) {
    const pending = await sql<{ seq: number | null }>`SELECT max(seq) AS seq FROM temp.audit_pending`.execute(trx);
    seq = Math.max(seq, (pending.rows[0]?.seq ?? 0) + 1);
  }
  return { seq, prevHash: last?.hash ?? GENESIS_HASH };
}

/**
 * Appends one event to the hash chain. Call it inside the transaction of the change it
 * records, so the change and its event commit together or not at all. On a vault opened
 * with state tracking (see `StateTracker`) the event waits until the transaction commits,
 * when it is sealed with the state of every case the transaction changed; called outside a
 * transaction it runs in one of its own. Concurrent writers take turns at the chain's head
 * until they commit (`serialiseWriters`), so the chain never forks. Returns the event's sequence number (for rows
 * kept beside the case that point at it).
 */
export async function appendAuditEvent(db: Transaction<Database> | Kysely<Database>, event: AuditEventInput, now: Date): Promise<{ seq: number }> {
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAuditEvent(trx, event, now));
  const trx = db as Transaction<Database>;
  const deferred = await connectionHasTempTable(trx, 'audit_pending');
  await serialiseWriters(trx, 'audit-chain');
  const { seq, prevHash } = await nextSeq(trx, deferred);
  const data = event.data ?? {};
  const states = event.states ?? null;
  const fields = { seq, at: now.toISOString(), actor: event.actor, action: event.action, entityType: event.entityType, entityId: event.entityId ?? null, data, states };
  const statesText = states === null ? null : canonicalJson(states);
  if (deferred) {
    await sql`INSERT INTO temp.audit_pending (seq, at, actor, action, entity_type, entity_id, data, states)
      VALUES (${seq}, ${fields.at}, ${fields.actor}, ${fields.action}, ${fields.entityType}, ${fields.entityId}, ${canonicalJson(data)}, ${statesText})`.execute(trx);
    return { seq };
  }
  const hash = auditEventHash(prevHash, fields);
  await trx
    .insertInto('audit_events')
    .values({ seq, at: fields.at, actor: fields.actor, action: fields.action, entity_type: fields.entityType, entity_id: fields.entityId, data: canonicalJson(data), prev_hash: prevHash, hash, states: statesText })
    .execute();
  return { seq };
}
