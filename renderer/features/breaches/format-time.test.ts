import { describe, expect, it } from 'vitest';
import { formatDayAndTime, formatInstant, formatNumber, splitDuration } from './format-time';

describe('formatInstant', () => {
  it('writes the instant in the organisation zone, whatever offset it was given in', () => {
    expect(formatInstant('2026-03-30T10:00:00+01:00', 'Europe/Rome', 'en')).toBe('30 Mar 2026, 11:00');
    expect(formatInstant('2026-03-30T09:00:00Z', 'America/New_York', 'en')).toBe('30 Mar 2026, 05:00');
    expect(formatInstant('2026-03-27T09:00:00Z', 'Europe/Rome', 'en', true)).toMatch(/^Fri,? 27 Mar 2026, 10:00$/);
    expect(formatInstant('2026-03-27T09:00:00Z', 'Europe/Rome', 'it', true)).toMatch(/^ven,? 27 mar 2026, 10:00$/);
    // Where a deadline is explained: the zone and its offset, on both sides of the change of clocks (29 Mar 2026).
    expect(formatInstant('2026-03-29T00:30:00Z', 'Europe/Rome', 'en', false, true)).toBe('29 Mar 2026, 01:30 CET (+01:00)');
    expect(formatInstant('2026-03-29T01:30:00Z', 'Europe/Rome', 'it', false, true)).toBe('29 mar 2026, 03:30 CEST (+02:00)');
  });

  it('splits an instant into its day and its time, in the zone', () => {
    expect(formatDayAndTime('2026-03-31T22:30:00Z', 'Europe/Rome', 'en')).toEqual({ day: '1 Apr 2026', time: '00:30' });
    expect(formatDayAndTime('2026-03-31T22:30:00Z', 'Europe/Rome', 'it')).toEqual({ day: '1 apr 2026', time: '00:30' });
  });

  it('returns text that is not an instant unchanged', () => {
    expect(formatInstant('soon', 'Europe/Rome', 'en')).toBe('soon');
  });
});

describe('splitDuration', () => {
  it('splits into whole hours and minutes, rounding down, ignoring the sign', () => {
    expect(splitDuration(41 * 3_600_000 + 12 * 60_000 + 59_000)).toEqual({ hours: 41, minutes: 12 });
    expect(splitDuration(-(5 * 3_600_000 + 30_000))).toEqual({ hours: 5, minutes: 0 });
    expect(splitDuration(59_999)).toEqual({ hours: 0, minutes: 0 });
    expect(splitDuration(72 * 3_600_000)).toEqual({ hours: 72, minutes: 0 });
  });
});

describe('formatNumber', () => {
  it('uses the separators of the language', () => {
    expect(formatNumber(1200, 'en')).toBe('1,200');
    expect(formatNumber(1200, 'it')).toBe('1.200');
    expect(formatNumber(3.25, 'it', 2)).toBe('3,25');
  });
});
