import { hash } from 'node:crypto';
import type { HashedEventFields } from './audit-hash';

/** An audit event as stored: the hashed fields, with its data and states as the JSON text the writer put there. */
export type StoredEventText = Omit<HashedEventFields, 'data' | 'states'> & {
  /** The stored `data` text. */
  data: string;
  /** The stored `states` text, or null. */
  states: string | null;
};

/**
 * The hash an event would have if its stored `data` and `states` texts are the canonical
 * JSON they were written as: the same canonical object `auditEventHash` builds (keys in
 * sorted order), assembled from the stored texts without parsing them. Equal to
 * `auditEventHash` of the parsed event whenever the texts are canonical, which every
 * writer guarantees; so a match proves the event intact, and only a mismatch needs the
 * slower parse-and-canonicalise check to say what is wrong.
 */
export function storedEventHash(prevHash: string, event: StoredEventText): string {
  const canonical =
    `{"action":${JSON.stringify(event.action)},"actor":${JSON.stringify(event.actor)},"at":${JSON.stringify(event.at)},"data":${event.data},` +
    `"entityId":${JSON.stringify(event.entityId)},"entityType":${JSON.stringify(event.entityType)},"seq":${JSON.stringify(event.seq)}` +
    `${event.states === null ? '' : `,"states":${event.states}`}}`;
  return hash('sha256', `${prevHash}\n${canonical}`, 'hex');
}

/**
 * What {@link storedEventHash} hashes — the previous hash, a newline, the canonical event
 * assembled from the stored texts — written by SQLite over a row of `audit_events`, so a
 * long trail reaches JavaScript as one string per event. SQLite's `json_quote` writes a text,
 * an integer and NULL exactly as `JSON.stringify` does.
 */
export const STORED_EVENT_PREIMAGE_SQL = `prev_hash || char(10) || '{"action":' || json_quote(action) || ',"actor":' || json_quote(actor) || ',"at":' || json_quote(at)
  || ',"data":' || data || ',"entityId":' || json_quote(entity_id) || ',"entityType":' || json_quote(entity_type) || ',"seq":' || json_quote(seq)
  || coalesce(',"states":' || states, '') || '}'`;
