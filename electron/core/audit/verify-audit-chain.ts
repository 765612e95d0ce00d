import type { Kysely } from 'kysely';
import type { SqliteDatabase } from '../../../db/connection';
import type { Database } from '../../../db/schema';
import { hash } from 'node:crypto';
import { ChainWalk, STORED_EVENT_COLUMNS, type AuditVerification, type StoredEventRow } from './chain-walk';
import { STORED_EVENT_PREIMAGE_SQL } from './stored-event-hash';

const PAGE = 5000;

/** How often (in events) a long walk reports how far it has got. */
const PROGRESS_EVERY = 50_000;

/**
 * Walks the whole chain in order and reports the first broken link (see {@link ChainWalk}),
 * through Kysely, so it runs on the local vault and on a team server alike. Reads in pages
 * so a long trail does not fill memory.
 */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditVerification> {
  const walk = new ChainWalk();
  for (;;) {
    const rows = await db.selectFrom('audit_events').selectAll().where('seq', '>=', walk.nextSeq).orderBy('seq').limit(PAGE).execute();
    for (const r of rows) {
      if (!walk.step([r.seq, r.at, r.actor, r.action, r.entity_type, r.entity_id, r.data, r.prev_hash, r.hash, r.states])) return walk.result();
    }
    if (rows.length < PAGE) break;
  }
  return walk.result();
}

/** Told each event's commitments as the walk passes it (the case-state check replays them). */
export type OnStoredEvent = (seq: number, action: string, states: string | null) => void;

/**
 * The same walk over the local vault's raw connection: one statement, one pass, each event
 * read as the one string its hash covers (see `STORED_EVENT_PREIMAGE_SQL`) and hashed once;
 * an event that does not hash as stored is read whole to say why. This is what makes a trail
 * of a million events quick to prove. `onEvent` sees every intact event (for the case-state
 * replay, in the same pass); `onProgress` hears the events done and the trail's length every
 * so often.
 */
export function verifyStoredChain(sqlite: SqliteDatabase, onEvent: OnStoredEvent, onProgress?: (done: number, total: number) => void): AuditVerification {
  const walk = new ChainWalk();
  const total = onProgress ? ((sqlite.prepare('SELECT max(seq) FROM audit_events').pluck().get() as number | null) ?? 0) : 0;
  const whole = sqlite.prepare(`SELECT ${STORED_EVENT_COLUMNS} FROM audit_events WHERE seq = ?`).raw();
  const rows = sqlite.prepare(`SELECT seq, prev_hash, hash, ${STORED_EVENT_PREIMAGE_SQL}, action, states FROM audit_events ORDER BY seq`).raw().iterate() as IterableIterator<
    [number, string, string, string, string, string | null]
  >;
  for (const [seq, prevHash, eventHash, preimage, action, states] of rows) {
    if (!walk.check(seq, prevHash, eventHash, hash('sha256', preimage, 'hex') === eventHash, () => whole.get(seq) as StoredEventRow)) {
      rows.return?.();
      return walk.result();
    }
    onEvent(seq, action, states);
    if (onProgress && seq % PROGRESS_EVERY === 0) onProgress(seq, total);
  }
  onProgress?.(total, total);
  return walk.result();
}
