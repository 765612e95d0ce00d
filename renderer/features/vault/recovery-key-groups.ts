/**
 * Splits a recovery key into short groups for reading aloud and copying by hand: on its own
 * separators when it has them, otherwise every four characters.
 */
export function recoveryKeyGroups(key: string): string[] {
  const trimmed = key.trim();
  const parts = trimmed.split(/[\s-]+/).filter(Boolean);
  if (parts.length > 1) return parts;
  return trimmed.match(/.{1,4}/g) ?? [];
}
