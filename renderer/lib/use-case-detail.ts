import { useCallback, useEffect, useRef } from 'react';
import type { ApiData } from './use-api';

/**
 * One case as `useApi` reads it by id ('requests.get', 'breaches.get'). `apply` takes the
 * fresh detail every change returns, so the page never shows a stale clock, and tells the
 * list behind it to refresh (`onChange`); `reload` reads the case again after a change made
 * elsewhere on the page (a letter's sending recorded); `moved` takes the new version a change
 * made elsewhere on the page answered with (a letter's draft saved), so the next edit sends it
 * without reading the whole case again.
 */
export function useCaseDetail<T extends { version: number }>(read: ApiData<T>, onChange: () => void) {
  const { setData, reload: readAgain } = read;
  const shown = useRef(read.data);
  useEffect(() => {
    shown.current = read.data;
  });
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

  const moved = useCallback(
    (version: number) => {
      const current = shown.current;
      if (current && current.version < version) setData({ ...current, version });
    },
    [setData],
  );

  return { detail: read.data, error: read.error, apply, reload, moved };
}
