import { createHash } from 'node:crypto';
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
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
