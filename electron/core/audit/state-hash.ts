import { hash } from 'node:crypto';
import { canonicalJson, type JsonValue } from './canonical-json';

/**
 * The canonical text of one row: its JSON with null members dropped and keys sorted. Rows
 * come from `json_object` over plain columns, so members are scalars, written here as
 * `canonicalJson` writes them; a row with a nested value goes through `canonicalJson`.
 */
export function canonicalRow(json: string): string {
  const row = JSON.parse(json) as Record<string, JsonValue>;
  const kept: Record<string, JsonValue> = {};
  let text = '';
  let nested = false;
  for (const key of Object.keys(row).sort()) {
    const value = row[key] as JsonValue;
    if (value === null) continue;
    kept[key] = value;
    if (typeof value === 'object') nested = true;
    else text += `${text === '' ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(value)}`;
  }
  return nested ? canonicalJson(kept) : `{${text}}`;
}

/**
 * The hash of a case's rows in one field group: SHA-256 over the canonical rows, sorted,
 * one per line. Order-free (rows have no meaningful order), and a column added later that
 * is still null leaves it unchanged. No rows hash to SHA-256 of the empty text.
 */
export function groupStateHash(rows: readonly string[]): string {
  return canonicalRowsHash(rows.map(canonicalRow));
}

/**
 * {@link groupStateHash} of rows already in canonical form (as {@link canonicalRow} writes
 * them): sorts them in place and hashes them, one per line.
 */
export function canonicalRowsHash(lines: string[]): string {
  return hash('sha256', lines.sort().join('\n'), 'hex');
}

/** The state of a group with no rows: what a case has before it is created and after it is deleted. */
export const EMPTY_STATE = groupStateHash([]);
