import { AppError, type KeyedIssue } from '../../errors';

/** Refuses with VALIDATION when a rule found problems: the first one is the message, all are listed for the form. */
export function throwIfIssues(issues: readonly KeyedIssue[]): void {
  const first = issues[0];
  if (first) throw new AppError('VALIDATION', first.detail, issues);
}
