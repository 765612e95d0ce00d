import type { RequestDetail } from '../../../../electron/shared/requests';
import { useErrorText } from '../../../i18n/use-error-text';
import { useApiAction } from '../../../lib/use-api-action';
import { issuesByField } from '../field-issues';

/**
 * Runs one change to a request (a transition, a note, a file) and keeps what the form
 * needs: busy while it runs, the API's error in place, and its field issues by field.
 */
export function useRequestAction(onDone: (detail: RequestDetail) => void, issuePrefix = '') {
  const action = useApiAction(onDone);
  const errorText = useErrorText();

  const issues = issuesByField(action.error?.issues ?? [], issuePrefix);
  /** The API's message for a field, in the UI's language, shown under it. */
  const issueOf = (field: string): string | null => {
    const found = issues[field];
    return found ? errorText.issue(found) : null;
  };

  return { ...action, issueOf };
}
