import { describe, expect, it } from 'vitest';
import { FIRST_RUN_WAIT_MS, firstRunAfterUnlock } from './first-run-after-unlock';

describe('the first reminder run after an unlock', () => {
  it('waits while Today is unread, runs on the first look after it is read, once', () => {
    const clock = { ms: 0, read: false };
    const look = firstRunAfterUnlock(() => clock.ms, () => clock.read);
    expect(look(false)).toBe('no');
    expect(look(true)).toBe('wait');
    clock.ms = 15_000;
    expect(look(true)).toBe('wait');
    clock.read = true;
    expect(look(true)).toBe('yes');
    clock.ms = 30_000;
    expect(look(true)).toBe('no');
  });

  it('runs anyway once the wait is over, when no screen reads Today', () => {
    const clock = { ms: 1_000 };
    const look = firstRunAfterUnlock(() => clock.ms, () => false);
    expect(look(true)).toBe('wait');
    clock.ms = 1_000 + FIRST_RUN_WAIT_MS - 1;
    expect(look(true)).toBe('wait');
    clock.ms = 1_000 + FIRST_RUN_WAIT_MS;
    expect(look(true)).toBe('yes');
    expect(look(true)).toBe('no');
  });

  it('starts over at each unlock, and never runs while locked', () => {
    const clock = { ms: 0, read: true };
    const look = firstRunAfterUnlock(() => clock.ms, () => clock.read);
    expect(look(true)).toBe('yes');
    clock.read = false;
    expect(look(false)).toBe('no');
    clock.ms = 500_000;
    expect(look(false)).toBe('no');
    expect(look(true)).toBe('wait');
    clock.read = true;
    expect(look(true)).toBe('yes');
  });

  it('takes Today read and then unread again for an unlock it did not see (locked and opened between two looks)', () => {
    const clock = { ms: 0, read: true };
    const look = firstRunAfterUnlock(() => clock.ms, () => clock.read);
    expect(look(true)).toBe('yes');
    clock.read = false;
    clock.ms = 60_000;
    expect(look(true)).toBe('wait');
    clock.read = true;
    expect(look(true)).toBe('yes');
    expect(look(true)).toBe('no');
  });
});
