import { describe, expect, it } from 'vitest';
import { offsetMinutesAt } from '../../shared/pure/zoned-time';
import { instantAtWallTime, startOfDay } from './zoned-instant';

describe('wall-clock times in a zone', () => {
  it('reads 09:00 in Rome as 08:00Z in winter and 07:00Z in summer', () => {
    expect(instantAtWallTime('2026-03-28', '09:00', 'Europe/Rome').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(instantAtWallTime('2026-03-29', '09:00', 'Europe/Rome').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(instantAtWallTime('2026-10-25', '09:00', 'Europe/Rome').toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });

  it('moves a time in the spring gap forward, and takes the first of a repeated time', () => {
    expect(instantAtWallTime('2026-03-29', '02:30', 'Europe/Rome').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(instantAtWallTime('2026-10-25', '02:30', 'Europe/Rome').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(instantAtWallTime('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('starts a day at local midnight, and knows offsets of half-hour zones', () => {
    expect(startOfDay('2026-07-01', 'Europe/Rome').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfDay('2026-07-01', 'Asia/Kolkata').toISOString()).toBe('2026-06-30T18:30:00.000Z');
    expect(offsetMinutesAt(Date.parse('2026-07-01T00:00:00Z'), 'America/Los_Angeles')).toBe(-420);
  });
});
