import { useEffect } from 'react';
import { call } from '../../lib/api';

const throttleMs = 20_000;
const events = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Tells main that the user is active (it resets the idle auto-lock timer), at most once
 * every 20 s, and only while the vault is unlocked.
 */
export function useActivityPing(unlocked: boolean): void {
  useEffect(() => {
    if (!unlocked) return;
    let last = 0;
    const onActivity = (): void => {
      const now = Date.now();
      if (now - last < throttleMs) return;
      last = now;
      void call('session.activity', {});
    };
    for (const name of events) window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      for (const name of events) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [unlocked]);
}
