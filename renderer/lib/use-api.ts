import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../electron/shared/result';
import { call, type Channel, type Input, type Output } from './api';

/** What a screen knows about one channel's answer while it loads, after it loads, and after it fails. */
export interface ApiData<T> {
  /** The latest answer; null until the first arrives (a failed reload keeps the last one). */
  data: T | null;
  /** The API's error from the latest read, cleared by the next answer. */
  error: ApiError | null;
  /** True while a read is under way. */
  loading: boolean;
  /** Reads the channel again with the same input. */
  reload: () => Promise<void>;
  /** Puts in place an answer a change returned (a case's fresh detail), without asking again. */
  setData: (value: T) => void;
}

/** When a read runs again, and who hears of its answers. */
export interface ApiOptions<T> {
  /** A change of this value reads again with the same input (something it depends on was saved). */
  version?: string | number;
  /** Told of each answer: for a form that starts its fields from what was read. */
  onData?: (value: T) => void;
}

interface Keyed<C extends Channel> {
  key: string;
  input: Input<C>;
}

/**
 * One channel's output, read when the screen mounts and again whenever the input changes by
 * value (it is compared as JSON, so a fresh object literal each render does not read again).
 * An answer that arrives after the input moved on, or after unmount, is dropped. Typed from
 * the contract: `useApi('settings.get', {})` answers `ApiData<Settings>`. Modelled on
 * Actual Budget's `useQuery`.
 */
export function useApi<C extends Channel>(channel: C, input: Input<C>, options: ApiOptions<Output<C>> = {}): ApiData<Output<C>> {
  const { version, onData } = options;
  const key = `${channel} ${JSON.stringify(input)}`;
  const [keyed, setKeyed] = useState<Keyed<C>>({ key, input });
  if (keyed.key !== key) setKeyed({ key, input });
  const [data, setData] = useState<Output<C> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const readKey = `${keyed.key} ${version ?? ''}`;
  const [answered, setAnswered] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const onDataRef = useRef(onData);
  useEffect(() => {
    onDataRef.current = onData;
  });

  const take = useCallback(
    (result: Result<Output<C>>): void => {
      setAnswered(readKey);
      if (!result.ok) return setError(result.error);
      setData(result.value);
      setError(null);
      onDataRef.current?.(result.value);
    },
    [readKey],
  );

  useEffect(() => {
    let current = true;
    void call(channel, keyed.input).then((result) => {
      if (current) take(result);
    });
    return () => {
      current = false;
    };
  }, [channel, keyed, take]);

  const reload = useCallback(async () => {
    setReloading(true);
    take(await call(channel, keyed.input));
    setReloading(false);
  }, [channel, keyed, take]);
  const loading = answered !== readKey || reloading;
  return { data, error, loading, reload, setData };
}
