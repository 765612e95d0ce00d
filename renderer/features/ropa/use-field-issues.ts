import type { FieldIssue } from '../../../electron/shared/result';
import { useErrorText } from '../../i18n/use-error-text';

/**
 * The error to show beside a register form's field, in the UI's language. Issues are found
 * under `root.field` (zod's path) or `field` (the services' own checks). Where the API gave
 * no catalogue message, or only the generic "not valid", the field's own sentence (`own`,
 * already translated) says what is wrong; otherwise the catalogue message does.
 */
export function useFieldIssues(issues: readonly FieldIssue[], root: string, own: Readonly<Record<string, string>> = {}): (field: string) => string | null {
  const errorText = useErrorText();
  return (field) => {
    const found = issues.find((i) => [`${root}.${field}`, field].some((path) => i.path === path || i.path.startsWith(`${path}.`)));
    if (!found) return null;
    const sentence = own[field];
    if (sentence !== undefined && (!found.detail || found.detail.key === 'msg.error.invalid' || found.detail.key === 'msg.error.choice')) return sentence;
    return errorText.issue(found);
  };
}
