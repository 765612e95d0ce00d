import { useEffect, useState } from 'react';
import type { RequestOptions } from '../../../electron/shared/contract/requests';
import { call } from '../../lib/api';

let cached: RequestOptions | null = null;

/**
 * The closed lists of the request form and the filters (regimes with their types,
 * channels, methods, outcomes, grounds), served by main so the renderer keeps no copy.
 * Read once per session; null until they arrive.
 */
export function useRequestOptions(): RequestOptions | null {
  const [options, setOptions] = useState<RequestOptions | null>(cached);
  useEffect(() => {
    if (cached) return;
    let cancelled = false;
    void call('reference.requestOptions', {}).then((result) => {
      if (!result.ok) return;
      cached = result.value;
      if (!cancelled) setOptions(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return options;
}
