import { describeZodError, firstIssue } from '../../api/zod-issues';
import { AppError } from '../../errors';
import { breachFactsSchema, type BreachFacts } from '../../../shared/breach-facts';
import { msg } from '../../i18n';

/**
 * Parses untrusted facts (a parsed JSON document, a form's state).
 * @throws AppError VALIDATION whose message names the first bad field ("subjects: must be
 * at least 1") and whose `issues` list every bad field, for forms that show them in place.
 */
export function parseBreachFacts(input: unknown): BreachFacts {
  const parsed = breachFactsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const { issues } = describeZodError(parsed.error);
  const first = [firstIssue(issues)];
  throw new AppError('VALIDATION', issues.length > 1 ? msg('msg.error.breach.invalidFactsMore', { first, more: issues.length - 1 }) : msg('msg.error.breach.invalidFacts', { first }), issues);
}
