import type { Dispatch } from '../core/api/dispatch';
import { firstRunAfterUnlock } from '../core/reminders/first-run-after-unlock';

/** The reminder loop's collaborators, injected so tests drive it with a real vault and no timer. */
export interface ReminderLoopOptions {
  dispatch: Dispatch;
  unlocked: () => boolean;
  /** Whether the page has read Today since the unlock: the first run waits for it (default: at once). */
  todayRead?: () => boolean;
  now?: () => number;
  /** How often to look (default 15 s); the vault is asked at most once a minute, and at once after an unlock. */
  everyMs?: number;
  setInterval?: (fn: () => void, ms: number) => { clear(): void };
}

/** A running loop: `tick` is one look (the timer calls it, tests call it directly). */
export interface ReminderLoop {
  tick(): Promise<void>;
  stop(): void;
}

function defaultInterval(fn: () => void, ms: number) {
  const handle = setInterval(fn, ms);
  handle.unref();
  return { clear: () => clearInterval(handle) };
}

/**
 * Browser mode's reminder scheduler: the loopback server runs the same `reminders.run` as
 * the desktop app (at most once a minute while the vault is open, and first once the page
 * has read Today after an unlock), so reminders come due and fill the in-app notification list, which the page
 * turns into browser notifications where the user allowed them. While the vault is locked
 * nothing is read. A failure is left for the next look.
 */
export function startReminderLoop(options: ReminderLoopOptions): ReminderLoop {
  const now = options.now ?? Date.now;
  const afterUnlock = firstRunAfterUnlock(now, options.todayRead ?? (() => true));
  let lastRun = -Infinity;
  let running = false;
  const tick = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      const unlocked = options.unlocked();
      const first = afterUnlock(unlocked);
      if (!unlocked || first === 'wait' || (first === 'no' && now() - lastRun < 60_000)) return;
      lastRun = now();
      await options.dispatch('reminders.run', { alreadyShown: [] });
    } finally {
      running = false;
    }
  };
  const timer = (options.setInterval ?? defaultInterval)(() => void tick(), options.everyMs ?? 15_000);
  return { tick, stop: () => timer.clear() };
}
