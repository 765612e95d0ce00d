import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../electron/shared/result';
import { call, type Input, type Output } from './api';

/** Channels that answer `{ id }` with a case's full detail. */
type DetailChannel = 'requests.get' | 'breaches.get';

/**
 * One case, loaded by id. `apply` takes the fresh detail every change returns, so the page
 * never shows a stale clock, and tells the list behind it to refresh (`onChange`); `reload`
 * reads the case again after a change made elsewhere on the page (a letter's sending recorded).
 */
export function useCaseDetail<C extends DetailChannel>(channel: C, id: string, onChange: () => void) {
  const [detail, setDetail] = useState<Output<C> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let cancelled = false;
    void call(channel, { id } as Input<C>).then((result) => {
      if (cancelled) return;
      if (result.ok) setDetail(result.value as Output<C>);
      else setError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [channel, id]);

  const apply = useCallback(
    (next: Output<C>) => {
      setDetail(next);
      onChange();
    },
    [onChange],
  );

  const reload = useCallback(async () => {
    const result = await call(channel, { id } as Input<C>);
    if (result.ok) apply(result.value as Output<C>);
    else setError(result.error);
  }, [apply, channel, id]);

  return { detail, error, apply, reload };
}
