import type { Dispatch } from './dispatch';

/** The channels after which the vault has just been opened (or closed): Today is not read yet. */
const RESETS: ReadonlySet<string> = new Set(['vault.unlock', 'vault.create', 'vault.lock', 'vault.restore']);

/** A transport's dispatch that also says whether Today has been read since the vault opened. */
export interface WatchedDispatch {
  /** The dispatch to serve the renderer with. */
  dispatch: Dispatch;
  /** True once `dashboard.get` has answered since the last unlock (or lock). */
  todayRead: () => boolean;
}

/**
 * Watches the renderer's calls for Today's first read after an unlock, so background work
 * that would hold the single Node thread (the reminder run) waits until the DPO has the
 * screen they opened the vault for. Only calls through the returned dispatch count: a
 * background job calls the inner one.
 */
export function watchFirstRead(inner: Dispatch): WatchedDispatch {
  let read = false;
  const dispatch: Dispatch = async (channel, input) => {
    if (RESETS.has(channel)) read = false;
    const result = await inner(channel, input);
    if (RESETS.has(channel)) read = false;
    else if (channel === 'dashboard.get' && result.ok) read = true;
    return result;
  };
  return { dispatch, todayRead: () => read };
}
