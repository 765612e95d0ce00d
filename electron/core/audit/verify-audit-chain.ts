import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { auditEventHash, GENESIS_HASH } from './audit-hash';
import type { JsonValue } from './canonical-json';
import { storedEventHash } from './stored-event-hash';

export interface AuditBreak {
  seq: number;
  reason: string;
}

export interface AuditVerification {
  ok: boolean;
  eventCount: number;
  /** The hash of the last event: quote it in a report to pin the trail's state. */
  headHash: string;
  firstBreak: AuditBreak | null;
}

const PAGE = 5000;

/**
 * Walks the whole chain in order and reports the first broken link: a gap in the
 * sequence, a `prev_hash` that is not the previous event's hash, or a hash that does not
 * match the event's content. Reads in pages so a long trail does not fill memory. An event
 * whose stored texts hash to its hash as they are is intact (see `storedEventHash`); only
 * the others are parsed and canonicalised, which says what is wrong with them.
 */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditVerification> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const fail = (reason: string): AuditVerification => ({
        ok: false,
        eventCount: count,
        headHash: prevHash,
        firstBreak: { seq: row.seq, reason },
      });
      if (row.seq !== expectedSeq) return fail(`event ${expectedSeq} is missing (the next event is ${row.seq})`);
      if (row.prev_hash !== prevHash) return fail(`event ${row.seq} does not point at the hash of event ${row.seq - 1}`);
      const fields = { seq: row.seq, at: row.at, actor: row.actor, action: row.action, entityType: row.entity_type, entityId: row.entity_id };
      if (storedEventHash(row.prev_hash, { ...fields, data: row.data, states: row.states }) === row.hash) {
        prevHash = row.hash;
        expectedSeq += 1;
        count += 1;
        continue;
      }
      let data: JsonValue;
      let states: JsonValue | null;
      try {
        data = JSON.parse(row.data) as JsonValue;
        states = row.states === null ? null : (JSON.parse(row.states) as JsonValue);
      } catch {
        return fail(`event ${row.seq} holds data that is not valid JSON`);
      }
      const recomputed = auditEventHash(row.prev_hash, { ...fields, data, states });
      if (recomputed !== row.hash) return fail(`event ${row.seq} was changed after it was written (its hash does not match its content)`);
      prevHash = row.hash;
      expectedSeq += 1;
      count += 1;
    }
    if (rows.length < PAGE) break;
  }
  return { ok: true, eventCount: count, headHash: prevHash, firstBreak: null };
}
