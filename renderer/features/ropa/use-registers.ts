import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/shared/result';
import { call, type Output } from '../../lib/api';

export type RegistersView = Output<'registers.get'>;

/** Loads the registers with their findings once; `reload` after a change. */
export function useRegisters(): { data: RegistersView | null; error: ApiError | null; reload: () => Promise<void> } {
  const [data, setData] = useState<RegistersView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const apply = useCallback((result: Awaited<ReturnType<typeof call<'registers.get'>>>) => {
    if (result.ok) {
      setData(result.value);
      setError(null);
    } else setError(result.error);
  }, []);
  useEffect(() => {
    let cancelled = false;
    void call('registers.get', {}).then((result) => {
      if (!cancelled) apply(result);
    });
    return () => {
      cancelled = true;
    };
  }, [apply]);
  const reload = useCallback(async () => apply(await call('registers.get', {})), [apply]);
  return { data, error, reload };
}
