import type { FieldIssue } from '../../../electron/shared/result';

/**
 * Issues by form field, the first for each: `types.0` belongs to `types`, `systems.3` to
 * `systems`. `prefix` is the input's wrapper as the API names it (`request.subjectName`
 * from 'requests.create'), dropped first. Unknown paths are kept under their first segment.
 */
export function issuesByField(issues: readonly FieldIssue[], prefix = ''): Partial<Record<string, FieldIssue>> {
  const out: Partial<Record<string, FieldIssue>> = {};
  for (const issue of issues) {
    const path = prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    const field = path.split('.')[0] ?? path;
    out[field] ??= issue;
  }
  return out;
}
