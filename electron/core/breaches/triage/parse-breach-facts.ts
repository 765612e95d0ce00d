import { describeZodError } from '../../api/zod-issues';
import { AppError } from '../../errors';
import { breachFactsSchema, type BreachFacts } from '../../../shared/breach-facts';

/**
 * Parses untrusted facts (a parsed JSON document, a form's state).
 * @throws AppError VALIDATION whose message names the first bad field ("subjects: must be
 * at least 1") and whose `issues` list every bad field, for forms that show them in place.
 */
export function parseBreachFacts(input: unknown): BreachFacts {
  const parsed = breachFactsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const { message, issues } = describeZodError(parsed.error);
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw new AppError('VALIDATION', `Invalid breach facts: ${message}${more}`, issues);
}
