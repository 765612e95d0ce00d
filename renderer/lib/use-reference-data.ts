import { useEffect, useState } from 'react';
import { call, type Input, type Output } from './api';

/** The channels that serve closed lists the forms offer (their input is empty). */
type ReferenceChannel = 'reference.requestOptions' | 'reference.breachOptions';

const cache = new Map<ReferenceChannel, unknown>();

/**
 * Closed lists served by main so the renderer keeps no copy of them. Read once per
 * session and channel; null until they arrive.
 */
export function useReferenceData<C extends ReferenceChannel>(channel: C, input: Input<C>): Output<C> | null {
  const [data, setData] = useState<Output<C> | null>(() => (cache.get(channel) as Output<C> | undefined) ?? null);
  useEffect(() => {
    if (cache.has(channel)) return;
    let cancelled = false;
    void call(channel, input).then((result) => {
      if (!result.ok) return;
      cache.set(channel, result.value);
      if (!cancelled) setData(result.value);
    });
    return () => {
      cancelled = true;
    };
    // The input of a reference channel is fixed (empty): the channel alone keys the cache.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel]);
  return data;
}
