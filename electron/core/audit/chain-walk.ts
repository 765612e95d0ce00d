import { auditEventHash, GENESIS_HASH } from './audit-hash';
import type { JsonValue } from './canonical-json';
import { storedEventHash } from './stored-event-hash';
import { breakReason, type BreakReason } from './break-reason';

/** Where the chain first breaks: the event and what is wrong with it. */
export interface AuditBreak extends BreakReason {
  seq: number;
}

/** The chain check's answer. */
export interface AuditVerification {
  ok: boolean;
  eventCount: number;
  /** The hash of the last event: quote it in a report to pin the trail's state. */
  headHash: string;
  firstBreak: AuditBreak | null;
}

/**
 * One stored event in column order (`seq, at, actor, action, entity_type, entity_id, data,
 * prev_hash, hash, states`): the shape SQLite's raw rows come in, so a long trail is read
 * without an object per row.
 */
export type StoredEventRow = [number, string, string, string, string, string | null, string, string, string, string | null];

/** The columns of {@link StoredEventRow}, in order, for a query that reads them. */
export const STORED_EVENT_COLUMNS = 'seq, at, actor, action, entity_type, entity_id, data, prev_hash, hash, states';

/** Why an event that does not hash as stored fails: its texts are not JSON, or its content was changed. */
function recheck(row: StoredEventRow): BreakReason | null {
  const [seq, at, actor, action, entityType, entityId, dataText, prevHash, hash, statesText] = row;
  let data: JsonValue;
  let states: JsonValue | null;
  try {
    data = JSON.parse(dataText) as JsonValue;
    states = statesText === null ? null : (JSON.parse(statesText) as JsonValue);
  } catch {
    return breakReason('msg.audit.break.notJson', { seq });
  }
  const recomputed = auditEventHash(prevHash, { seq, at, actor, action, entityType, entityId, data, states });
  return recomputed === hash ? null : breakReason('msg.audit.break.changed', { seq });
}

/**
 * Walks the chain one event at a time, in order, and stops at the first broken link: a gap
 * in the sequence, a `prev_hash` that is not the previous event's hash, or a hash that does
 * not match the event's content. Every event is hashed. An event whose stored texts hash to
 * its hash as they are is intact (see `storedEventHash`); only the others are parsed and
 * canonicalised, which says what is wrong with them. Both databases feed it: the local
 * vault from a raw statement, a team server page by page through Kysely.
 */
export class ChainWalk {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private count = 0;
  private broken: AuditBreak | null = null;

  /** The sequence number the next event must have. */
  get nextSeq(): number {
    return this.expectedSeq;
  }

  /** Checks the next event; false (and the walk is over) when it breaks the chain. */
  step(row: StoredEventRow): boolean {
    const [seq, at, actor, action, entityType, entityId, data, prevHash, hash, states] = row;
    return this.check(seq, prevHash, hash, storedEventHash(prevHash, { seq, at, actor, action, entityType, entityId, data, states }) === hash, () => row);
  }

  /**
   * {@link step} for a reader that hashed the event's stored texts itself (`hashesAsStored`:
   * they hash to `hash`); `row` reads the whole event, only when they do not, to say why.
   */
  check(seq: number, prevHash: string, hash: string, hashesAsStored: boolean, row: () => StoredEventRow): boolean {
    let reason: BreakReason | null = null;
    if (seq !== this.expectedSeq) reason = breakReason('msg.audit.break.missing', { seq: this.expectedSeq, next: seq });
    else if (prevHash !== this.prevHash) reason = breakReason('msg.audit.break.notLinked', { seq, previous: seq - 1 });
    else if (!hashesAsStored) reason = recheck(row());
    if (reason !== null) {
      this.broken = { seq, ...reason };
      return false;
    }
    this.prevHash = hash;
    this.expectedSeq += 1;
    this.count += 1;
    return true;
  }

  /** What the walk found: intact so far, or the first break (with the events verified before it). */
  result(): AuditVerification {
    return { ok: this.broken === null, eventCount: this.count, headHash: this.prevHash, firstBreak: this.broken };
  }
}
