import { useEffect, useState } from 'react';

/**
 * The current time in epoch milliseconds, re-read every `everyMs`, so a countdown moves on
 * its own. The ticks are aligned to whole seconds, so minutes roll over when they should.
 */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer = 0;
    const schedule = () => {
      const wait = everyMs - (Date.now() % 1000) + 5;
      timer = window.setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, wait);
    };
    schedule();
    return () => window.clearTimeout(timer);
  }, [everyMs]);
  return now;
}

/** The clock read at one moment, for event handlers (submitting "now" to the second). */
export function currentTime(): number {
  return Date.now();
}
