import { useCallback } from 'react';
import type { ApiData } from './use-api';

/**
 * One case as `useApi` reads it by id ('requests.get', 'breaches.get'). `apply` takes the
 * fresh detail every change returns, so the page never shows a stale clock, and tells the
 * list behind it to refresh (`onChange`); `reload` reads the case again after a change made
 * elsewhere on the page (a letter's sending recorded).
 */
export function useCaseDetail<T>(read: ApiData<T>, onChange: () => void) {
  const { setData, reload: readAgain } = read;
  const apply = useCallback(
    (next: T) => {
      setData(next);
      onChange();
    },
    [setData, onChange],
  );

  const reload = useCallback(async () => {
    await readAgain();
    onChange();
  }, [readAgain, onChange]);

  return { detail: read.data, error: read.error, apply, reload };
}
