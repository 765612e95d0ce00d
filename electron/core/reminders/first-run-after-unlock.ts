/** How long the first reminder run after an unlock waits for Today to be read, at most. */
export const FIRST_RUN_WAIT_MS = 60_000;

/** Whether a look at the vault is the first run after an unlock: `yes` run now, `wait` not yet, `no` it is not. */
export type FirstRun = 'yes' | 'wait' | 'no';

/**
 * The reminder loops' rule for their first run after an unlock: not while the DPO waits for
 * Today (a run over a large vault holds the one Node thread for a moment), but on the first
 * look after Today has been read, or after {@link FIRST_RUN_WAIT_MS} when no screen reads it.
 * An unlock between two looks shows as Today unread again. Returns the function each look
 * calls with whether the vault is open now.
 */
export function firstRunAfterUnlock(now: () => number, todayRead: () => boolean): (unlocked: boolean) => FirstRun {
  let pendingSince: number | null = null;
  let wasUnlocked = false;
  let wasRead = false;
  return (unlocked) => {
    const read = todayRead();
    const reopened = unlocked && (!wasUnlocked || (wasRead && !read));
    wasUnlocked = unlocked;
    wasRead = read;
    if (!unlocked) pendingSince = null;
    if (reopened) pendingSince = now();
    if (pendingSince === null) return 'no';
    if (!read && now() - pendingSince < FIRST_RUN_WAIT_MS) return 'wait';
    pendingSince = null;
    return 'yes';
  };
}
