import type { Kysely } from 'kysely';
import type { SqliteDatabase } from '../../../db/connection';
import type { Database } from '../../../db/schema';
import { ChainWalk, STORED_EVENT_COLUMNS, type AuditVerification, type StoredEventRow } from './chain-walk';

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
 * The same walk over the local vault's raw connection: one statement, one pass, rows read
 * as arrays (no object per event), which is what makes a trail of a million events quick to
 * prove. `onEvent` sees every intact event (for the case-state replay, in the same pass);
 * `onProgress` hears the events done and the trail's length every so often.
 */
export function verifyStoredChain(sqlite: SqliteDatabase, onEvent: OnStoredEvent, onProgress?: (done: number, total: number) => void): AuditVerification {
  const walk = new ChainWalk();
  const total = onProgress ? ((sqlite.prepare('SELECT max(seq) FROM audit_events').pluck().get() as number | null) ?? 0) : 0;
  const rows = sqlite.prepare(`SELECT ${STORED_EVENT_COLUMNS} FROM audit_events ORDER BY seq`).raw().iterate() as IterableIterator<StoredEventRow>;
  for (const row of rows) {
    if (!walk.step(row)) {
      rows.return?.();
      return walk.result();
    }
    onEvent(row[0], row[3], row[9]);
    if (onProgress && row[0] % PROGRESS_EVERY === 0) onProgress(row[0], total);
  }
  onProgress?.(total, total);
  return walk.result();
}
