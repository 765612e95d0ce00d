import { useCallback, useEffect, useState } from 'react';
import type { RequestDetail } from '../../../../electron/shared/requests';
import type { ApiError } from '../../../../electron/shared/result';
import { call } from '../../../lib/api';
import { useInboxStore } from '../inbox/inbox-store';

/**
 * One request, loaded by id. `apply` takes the fresh detail every change returns, so the
 * page never shows a stale deadline, and refreshes the inbox behind it.
 */
export function useRequestDetail(id: string) {
  const [detail, setDetail] = useState<RequestDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let cancelled = false;
    void call('requests.get', { id }).then((result) => {
      if (cancelled) return;
      if (result.ok) setDetail(result.value);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [id]);

  const apply = useCallback((next: RequestDetail) => {
    setDetail(next);
    void useInboxStore.getState().refresh();
  }, []);

  return { detail, error, apply };
}
