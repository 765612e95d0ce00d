import { useState } from 'react';
import type { BreachDetail } from '../../../../electron/shared/breaches';
import type { ApiError, Result } from '../../../../electron/shared/result';
import { useErrorText } from '../../../i18n/use-error-text';

/**
 * Runs one change to a breach (facts, decision, a notice, a step) and keeps what its form
 * needs: busy while it runs, the API's error, and the API's message for each field.
 * `prefix` is the input's wrapper as the API names it (`decision.` in `decision.rationale`).
 */
export function useBreachChange(onDone: (detail: BreachDetail) => void, prefix = '') {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errorText = useErrorText();

  const run = async (change: () => Promise<Result<BreachDetail>>): Promise<BreachDetail | null> => {
    setBusy(true);
    setError(null);
    const result = await change();
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    onDone(result.value);
    return result.value;
  };

  /** The API's message for a field (the first one), in the UI's language, shown under it. */
  const issueOf = (field: string): string | null => {
    const path = `${prefix}${field}`;
    const found = error?.issues?.find((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
    return found ? errorText.issue(found) : null;
  };

  return { run, busy, error, issueOf, clearError: () => setError(null) };
}
