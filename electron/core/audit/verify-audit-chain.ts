import type { Kysely } from 'kysely';
import type { SqliteDatabase } from '../../../db/connection';
import type { Database } from '../../../db/schema';
import { hash } from 'node:crypto';
import { ChainWalk, STORED_EVENT_COLUMNS, type AuditVerification, type StoredEventRow } from './chain-walk';
import { GENESIS_HASH } from './audit-hash';
import { STORED_EVENT_PREIMAGE_SQL } from './stored-event-hash';
import { TRACKING_STARTED } from './state-upkeep';

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

/** Told each event's commitments as the walk passes it (the case-state check replays them), and whether it is the event that started state tracking on an older vault. */
export type OnStoredEvent = (seq: number, trackingStarted: boolean, states: string | null) => void;

/** Events read per statement call: whole pages of rows cost less than one call per row. */
const CHAIN_PAGE = 4096;

type ChainRow = [number, string, string, number, number, string | null];

/**
 * The same walk over the local vault's raw connection: the events in pages of whole rows,
 * each read as the one string its hash covers (see `STORED_EVENT_PREIMAGE_SQL`, which begins
 * with the event's `prev_hash`) beside its stored hash, and hashed once; an event that does not
 * hash as stored is read whole to say why. This is what makes a trail of a million events
 * quick to prove. The pages are read in one read transaction (one snapshot of the trail) when
 * the connection is not in one already. `onEvent` sees every intact event (for the case-state
 * replay, in the same pass); `onProgress` hears the events done and the trail's length every
 * so often.
 */
export function verifyStoredChain(sqlite: SqliteDatabase, onEvent: OnStoredEvent, onProgress?: (done: number, total: number) => void): AuditVerification {
  const own = !sqlite.inTransaction;
  if (own) sqlite.exec('BEGIN');
  try {
    return walkStoredChain(sqlite, onEvent, onProgress);
  } finally {
    if (own) sqlite.exec('COMMIT');
  }
}

function walkStoredChain(sqlite: SqliteDatabase, onEvent: OnStoredEvent, onProgress?: (done: number, total: number) => void): AuditVerification {
  const walk = new ChainWalk();
  const total = onProgress ? ((sqlite.prepare('SELECT max(seq) FROM audit_events').pluck().get() as number | null) ?? 0) : 0;
  const whole = sqlite.prepare(`SELECT ${STORED_EVENT_COLUMNS} FROM audit_events WHERE seq = ?`).raw();
  const page = sqlite
    .prepare(
      `SELECT seq, hash, ${STORED_EVENT_PREIMAGE_SQL}, length(prev_hash), action = '${TRACKING_STARTED}', states FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ${CHAIN_PAGE}`,
    )
    .raw();
  let after = 0;
  let nextProgress = PROGRESS_EVERY;
  for (;;) {
    const rows = page.all(after) as ChainRow[];
    for (const [seq, eventHash, preimage, prevLength, trackingStarted, states] of rows) {
      // The preimage opens with `prev_hash`: read from it when it is a hash's length, else (never in an intact chain) as stored.
      const prevHash = prevLength === GENESIS_HASH.length ? preimage.slice(0, prevLength) : (whole.get(seq) as StoredEventRow)[7];
      if (!walk.check(seq, prevHash, eventHash, hash('sha256', preimage, 'hex') === eventHash, () => whole.get(seq) as StoredEventRow)) return walk.result();
      onEvent(seq, trackingStarted === 1, states);
    }
    const last = rows[rows.length - 1];
    if (!last) break;
    after = last[0];
    if (onProgress && after >= nextProgress) {
      onProgress(after, total);
      nextProgress = after + PROGRESS_EVERY;
    }
    if (rows.length < CHAIN_PAGE) break;
  }
  onProgress?.(total, total);
  return walk.result();
}
