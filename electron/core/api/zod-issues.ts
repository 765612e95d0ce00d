import type { z } from 'zod';
import type { FieldIssue } from '../../shared/result';

/** Turns zod issues into field issues and one sentence naming the first bad field. */
export function describeZodError(error: z.ZodError): { message: string; issues: FieldIssue[] } {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const message = first
    ? first.path
      ? `${first.path}: ${first.message}`
      : first.message
    : 'The request is not valid';
  return { message, issues };
}
