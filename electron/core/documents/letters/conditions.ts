import { isFilled, type FieldValues } from './field-catalogue';
import type { TemplateCondition } from './template-schema';

/**
 * Whether a block's `when` holds: every listed key must be filled (or, with a leading `!`,
 * empty). A block without `when` always appears.
 */
export function conditionHolds(when: TemplateCondition | undefined, fields: FieldValues): boolean {
  if (when === undefined) return true;
  const terms = Array.isArray(when) ? when : [when];
  return terms.every((term) => (term.startsWith('!') ? !isFilled(fields[term.slice(1)]) : isFilled(fields[term])));
}

/** The keys a condition reads (without the `!`), for checking templates. */
export function conditionKeys(when: TemplateCondition | undefined): string[] {
  if (when === undefined) return [];
  return (Array.isArray(when) ? when : [when]).map((term) => term.replace(/^!/, ''));
}
