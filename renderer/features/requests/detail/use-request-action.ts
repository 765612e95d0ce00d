import { useState } from 'react';
import type { RequestDetail } from '../../../../electron/shared/requests';
import type { ApiError, Result } from '../../../../electron/shared/result';
import { useErrorText } from '../../../i18n/use-error-text';
import { issuesByField } from '../field-issues';

/**
 * Runs one change to a request (a transition, a note, a file) and keeps what the form
 * needs: busy while it runs, the API's error in place, and its field issues by field.
 */
export function useRequestAction(onDone: (detail: RequestDetail) => void, issuePrefix = '') {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errorText = useErrorText();

  const run = async (action: () => Promise<Result<RequestDetail>>): Promise<RequestDetail | null> => {
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    onDone(result.value);
    return result.value;
  };

  const issues = issuesByField(error?.issues ?? [], issuePrefix);
  /** The API's message for a field, in the UI's language, shown under it. */
  const issueOf = (field: string): string | null => {
    const found = issues[field];
    return found ? errorText.issue(found) : null;
  };

  return { run, busy, error, issueOf, clearError: () => setError(null) };
}
