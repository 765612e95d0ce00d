import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue } from './canonical-json';

/**
 * The SHA-256 of free text, for audit events: it proves later what was written without the
 * chain holding the words (which may name people). Hex, UTF-8.
 */
export function sha256Text(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The SHA-256 of a value's canonical JSON: one hash for several free-text fields at once. */
export function sha256Json(value: JsonValue): string {
  return sha256Text(canonicalJson(value));
}
