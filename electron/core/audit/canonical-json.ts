/** A JSON value that has one canonical text form. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Serialises a value deterministically: object keys sorted, no whitespace. Two equal
 * values always give the same text, so a hash over it is stable across versions.
 * Non-finite numbers and undefined are refused rather than silently changed.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot hash a non-finite number: ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys
    .map((key) => {
      const item = value[key];
      if (item === undefined) throw new Error(`Cannot hash an undefined value at key ${key}`);
      return `${JSON.stringify(key)}:${canonicalJson(item)}`;
    })
    .join(',')}}`;
}
