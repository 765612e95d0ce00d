import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue } from './canonical-json';

/** The hash that starts the chain: the first event's `prev_hash`. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit event that its hash covers. */
export interface HashedEventFields {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  data: JsonValue;
  /** The case states the event commits to; absent (or null) on events without any. */
  states?: JsonValue | null;
}

/**
 * SHA-256 over the previous event's hash and the canonical form of this event, hex.
 * Changing any field of any event, or removing one, breaks every later link. Events
 * without case states hash exactly as before state commitments existed.
 */
export function auditEventHash(prevHash: string, event: HashedEventFields): string {
  const canonical = canonicalJson({
    seq: event.seq,
    at: event.at,
    actor: event.actor,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    data: event.data,
    ...(event.states !== undefined && event.states !== null ? { states: event.states } : {}),
  });
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
