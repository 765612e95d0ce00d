import { describe, expect, it } from 'vitest';
import { FUTURE_GRACE_MS, isInFuture } from './future-instant';

describe('the received-in-the-future rule', () => {
  const now = Date.parse('2026-03-27T10:00:00Z');

  it('allows a minute of grace and refuses what lies beyond it', () => {
    expect(FUTURE_GRACE_MS).toBe(60_000);
    expect(isInFuture('2026-03-27T11:01:00+01:00', now)).toBe(false);
    expect(isInFuture('2026-03-27T11:01:01+01:00', now)).toBe(true);
    expect(isInFuture(now + 60_001, now)).toBe(true);
    expect(isInFuture('2026-03-26T10:00:00Z', now)).toBe(false);
  });

  it('leaves unreadable text to the caller', () => {
    expect(isInFuture('not a date', now)).toBe(false);
  });
});
