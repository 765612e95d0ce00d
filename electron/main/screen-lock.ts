/** The part of Electron's `powerMonitor` the screen-lock watch uses. */
export interface PowerMonitorLike {
  on(event: 'lock-screen', listener: () => void): unknown;
  off(event: 'lock-screen', listener: () => void): unknown;
  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown';
}

export interface ScreenLockOptions {
  platform: NodeJS.Platform;
  powerMonitor: PowerMonitorLike;
  onLock: () => void;
  /** How often Linux is asked (default 5 s). */
  everyMs?: number;
  setInterval?: (fn: () => void, ms: number) => { clear(): void };
}

function defaultInterval(fn: () => void, ms: number): { clear(): void } {
  const handle = setInterval(fn, ms);
  handle.unref();
  return { clear: () => clearInterval(handle) };
}

/**
 * Calls `onLock` when the user locks the screen. Electron's `lock-screen` event fires on
 * macOS and Windows only; on Linux the session's screen saver is asked instead, through
 * `powerMonitor.getSystemIdleState`, which Chromium answers from the desktop's D-Bus screen
 * saver service (GNOME, KDE, and the freedesktop.org interface). It is polled, and only
 * the change to "locked" counts, so one screen lock locks the vault once. Returns a stop function.
 */
export function watchScreenLock(options: ScreenLockOptions): { stop(): void; check(): void } {
  if (options.platform !== 'linux') {
    options.powerMonitor.on('lock-screen', options.onLock);
    return { stop: () => void options.powerMonitor.off('lock-screen', options.onLock), check: () => undefined };
  }
  let wasLocked = false;
  const check = (): void => {
    const locked = options.powerMonitor.getSystemIdleState(60) === 'locked';
    if (locked && !wasLocked) options.onLock();
    wasLocked = locked;
  };
  const timer = (options.setInterval ?? defaultInterval)(check, options.everyMs ?? 5_000);
  return { stop: () => timer.clear(), check };
}
