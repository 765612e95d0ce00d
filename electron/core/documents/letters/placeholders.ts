/**
 * `{{field.key}}` placeholders in template text: finding them and filling them. A value
 * that is missing is never printed as blank or "undefined": the caller decides what stands
 * in its place (in a preview, the field's name between ⟦ ⟧).
 */
const PLACEHOLDER = /\{\{\s*([a-z]+\.[a-zA-Z]+)\s*\}\}/g;

/** The field keys a text refers to, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** Replaces every placeholder with what `value(key)` gives. */
export function fillPlaceholders(text: string, value: (key: string) => string): string {
  return text.replace(PLACEHOLDER, (_, key: string) => value(key));
}

/** Marks a missing field in a preview; finalising refuses text that still holds one. */
export function missingMarker(label: string): string {
  return `⟦${label}⟧`;
}

/** True when edited text still holds a marker, a raw placeholder or a stray "undefined". */
export function hasUnfilledText(text: string): boolean {
  return /⟦|\{\{|\bundefined\b|\bnull\b|\bNaN\b/.test(text);
}
