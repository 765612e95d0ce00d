import { describe, expect, it } from 'vitest';
import { UnlockThrottle } from './unlock-throttle';

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
