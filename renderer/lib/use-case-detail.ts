import { useCallback } from 'react';
import type { ApiData } from './use-api';

/**
 * One case as `useApi` reads it by id ('requests.get', 'breaches.get'). `apply` takes the
 * fresh detail every change returns, so the page never shows a stale clock, and tells the
 * list behind it to refresh (`onChange`).
 */
export function useCaseDetail<T>(read: ApiData<T>, onChange: () => void) {
  const { setData } = read;
  const apply = useCallback(
    (next: T) => {
      setData(next);
      onChange();
    },
    [setData, onChange],
  );
  return { detail: read.data, error: read.error, apply };
}
