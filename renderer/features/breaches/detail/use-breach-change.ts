import type { BreachDetail } from '../../../../electron/shared/breaches';
import { useErrorText } from '../../../i18n/use-error-text';
import { useApiAction } from '../../../lib/use-api-action';

/**
 * Runs one change to a breach (facts, decision, a notice, a step) and keeps what its form
 * needs: busy while it runs, the API's error, and the API's message for each field.
 * `prefix` is the input's wrapper as the API names it (`decision.` in `decision.rationale`).
 */
export function useBreachChange(onDone: (detail: BreachDetail) => void, prefix = '') {
  const action = useApiAction(onDone);
  const errorText = useErrorText();

  /** The API's message for a field (the first one), in the UI's language, shown under it. */
  const issueOf = (field: string): string | null => {
    const path = `${prefix}${field}`;
    const found = action.error?.issues?.find((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
    return found ? errorText.issue(found) : null;
  };

  return { ...action, issueOf };
}
