import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileThrottleStore, UnlockThrottle } from './unlock-throttle';

describe('unlock throttle', () => {
  it('doubles the delay after each failure up to a minute, and a success resets it', () => {
    let now = 0;
    const throttle = new UnlockThrottle(() => now);
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      throttle.recordFailure();
      delays.push(throttle.retryAfterMs());
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    now += 30_000;
    expect(throttle.retryAfterMs()).toBe(30_000);
    throttle.recordSuccess();
    expect(throttle.retryAfterMs()).toBe(0);
    expect(throttle.failedAttempts).toBe(0);
  });
});

describe('unlock throttle kept in a file', () => {
  it('survives a restart: a new throttle over the same file keeps the delay and the count', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpo-throttle-'));
    try {
      const path = join(dir, '.unlock-delay.json');
      let now = 5_000;
      const first = new UnlockThrottle(() => now, fileThrottleStore(path));
      first.recordFailure();
      first.recordFailure();
      const restarted = new UnlockThrottle(() => now, fileThrottleStore(path));
      expect(restarted.failedAttempts).toBe(2);
      expect(restarted.retryAfterMs()).toBe(2000);
      now += 2000;
      restarted.recordSuccess();
      expect(existsSync(path)).toBe(false);
      expect(new UnlockThrottle(() => now, fileThrottleStore(path)).failedAttempts).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
