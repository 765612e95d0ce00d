import type { FieldIssue } from '../../../shared/result';
import { AppError } from '../../errors';

/**
 * Refuses with VALIDATION when a rule found problems: the first one is the message (and, when
 * it has one, the catalogue message shown in the user's language), all are listed for the form.
 */
export function throwIfIssues(issues: readonly FieldIssue[]): void {
  const first = issues[0];
  if (first) throw new AppError('VALIDATION', first.message, [...issues], first.detail);
}
