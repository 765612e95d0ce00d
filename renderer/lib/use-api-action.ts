import { useState } from 'react';
import type { ApiError, Result } from '../../electron/shared/result';

/**
 * Runs one change through the API and keeps what its form needs: busy while it runs and
 * the API's error in place. On success `onDone` gets the answer (a case's new detail, …).
 */
export function useApiAction<T>(onDone: (value: T) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const run = async (change: () => Promise<Result<T>>): Promise<T | null> => {
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

  return { run, busy, error, clearError: () => setError(null) };
}
