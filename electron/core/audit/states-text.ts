/** Told each commitment of an event's `states`: the case, the field group, its state before and after. */
export type OnCommitment = (caseKey: string, group: string, before: string, after: string) => void;

/**
 * Reads an event's stored `states` text without building it as objects, when it is in the
 * form the writer gives it (`canonicalJson` of case key → field group → [before, after]):
 * no escapes, case keys (with their colon) and group names (with their dot) in strictly
 * ascending order, two strings per group. Hands `onCommitment` every commitment in text order
 * — the order `JSON.parse` and `for … in` give for such a text, since none of its keys can be
 * an array index — and returns true. Returns false, having handed over nothing, for any other
 * text; the caller parses that one as JSON.
 */
export function eachCanonicalCommitment(text: string, onCommitment: OnCommitment): boolean {
  if (text.includes('\\')) return false;
  // Flat (key, group, before, after, key, …): no array per commitment over a million events.
  const found: string[] = [];
  let at = 0;
  /** The string opening at `at` (a quote), or null; moves `at` past its closing quote. */
  const string = (): string | null => {
    if (text[at] !== '"') return null;
    const end = text.indexOf('"', at + 1);
    if (end < 0) return null;
    const value = text.slice(at + 1, end);
    at = end + 1;
    return value;
  };
  const expect = (token: string): boolean => {
    if (!text.startsWith(token, at)) return false;
    at += token.length;
    return true;
  };
  if (!expect('{')) return false;
  let lastKey = '';
  do {
    const key = string();
    if (key === null || !key.includes(':') || key <= lastKey || !expect(':{')) return false;
    lastKey = key;
    let lastGroup = '';
    do {
      const group = string();
      if (group === null || !group.includes('.') || group <= lastGroup || !expect(':[')) return false;
      lastGroup = group;
      const before = string();
      if (before === null || !expect(',')) return false;
      const after = string();
      if (after === null || !expect(']')) return false;
      found.push(key, group, before, after);
    } while (expect(','));
    if (!expect('}')) return false;
  } while (expect(','));
  if (!expect('}') || at !== text.length) return false;
  for (let i = 0; i < found.length; i += 4) onCommitment(found[i] as string, found[i + 1] as string, found[i + 2] as string, found[i + 3] as string);
  return true;
}
