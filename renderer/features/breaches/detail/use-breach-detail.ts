import { useCallback, useEffect, useState } from 'react';
import type { BreachDetail } from '../../../../electron/shared/breaches';
import type { ApiError } from '../../../../electron/shared/result';
import { call } from '../../../lib/api';
import { useBreachListStore } from '../list/breach-list-store';

/**
 * One breach, loaded by id. `apply` takes the fresh detail every change returns, so the page
 * never shows a stale clock or recommendation, and refreshes the register behind it.
 */
export function useBreachDetail(id: string) {
  const [detail, setDetail] = useState<BreachDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let cancelled = false;
    void call('breaches.get', { id }).then((result) => {
      if (cancelled) return;
      if (result.ok) setDetail(result.value);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [id]);

  const apply = useCallback((next: BreachDetail) => {
    setDetail(next);
    void useBreachListStore.getState().refresh();
  }, []);

  return { detail, error, apply };
}
