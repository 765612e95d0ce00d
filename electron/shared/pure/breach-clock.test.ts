import { describe, expect, it } from 'vitest';
import { AUTHORITY_NOTICE_HOURS, authorityDeadline, formatWithOffset, parseOffsetDateTime } from './breach-clock';

/** The wall-clock time of an instant in an IANA zone, as "YYYY-MM-DD HH:MM" (for checking, not for the app). */
function wallClockIn(timeZone: string, iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const HOUR = 3_600_000;

describe('authorityDeadline', () => {
  it('is 72 hours after awareness on an ordinary week', () => {
    expect(AUTHORITY_NOTICE_HOURS).toBe(72);
    expect(authorityDeadline('2026-05-04T09:15:00+02:00')).toBe('2026-05-07T09:15:00+02:00');
  });

  it('runs through a weekend', () => {
    expect(authorityDeadline('2026-05-08T17:30:00+02:00')).toBe('2026-05-11T17:30:00+02:00');
  });

  it('counts 72 real hours across the EU spring change and keeps the awareness offset', () => {
    const deadline = authorityDeadline('2026-03-27T10:00:00+01:00');
    expect(deadline).toBe('2026-03-30T10:00:00+01:00');
    expect(Date.parse(deadline) - Date.parse('2026-03-27T10:00:00+01:00')).toBe(72 * HOUR);
    // Clocks in Rome went forward on 29 March 2026: the same instant reads 11:00 there.
    expect(wallClockIn('Europe/Rome', deadline)).toBe('2026-03-30 11:00');
    expect(wallClockIn('Europe/Rome', '2026-03-27T10:00:00+01:00')).toBe('2026-03-27 10:00');
  });

  it('counts 72 real hours across the EU autumn change', () => {
    const deadline = authorityDeadline('2026-10-23T09:30:00+02:00');
    expect(deadline).toBe('2026-10-26T09:30:00+02:00');
    // Clocks in Rome went back on 25 October 2026: the deadline reads 08:30 on the wall.
    expect(wallClockIn('Europe/Rome', deadline)).toBe('2026-10-26 08:30');
  });

  it('works in another zone: New York across its March change', () => {
    const deadline = authorityDeadline('2026-03-06T12:00:00-05:00');
    expect(deadline).toBe('2026-03-09T12:00:00-05:00');
    expect(wallClockIn('America/New_York', deadline)).toBe('2026-03-09 13:00');
  });

  it('keeps half-hour offsets, Z and fractions of a second', () => {
    expect(authorityDeadline('2026-01-30T22:45:00+05:30')).toBe('2026-02-02T22:45:00+05:30');
    expect(authorityDeadline('2026-12-30T00:00:00Z')).toBe('2027-01-02T00:00:00Z');
    expect(authorityDeadline('2028-02-27T08:00:00.250-03:00')).toBe('2028-03-01T08:00:00.250-03:00');
    expect(authorityDeadline('2026-03-27T10:00+01:00')).toBe('2026-03-30T10:00:00+01:00');
  });

  it('refuses a date-time without an offset', () => {
    expect(() => authorityDeadline('2026-03-27T10:00:00')).toThrow(RangeError);
  });
});

describe('parseOffsetDateTime', () => {
  it('reads the instant and the offset', () => {
    expect(parseOffsetDateTime('2026-03-27T10:00:00+01:00')).toEqual({
      epochMs: Date.UTC(2026, 2, 27, 9, 0, 0),
      offsetMinutes: 60,
      offset: '+01:00',
    });
    expect(parseOffsetDateTime('2026-03-27T10:00:00-09:30')?.offsetMinutes).toBe(-570);
    expect(parseOffsetDateTime('2026-03-27T10:00:00.123456Z')?.epochMs).toBe(Date.UTC(2026, 2, 27, 10, 0, 0, 123));
  });

  it.each([
    '2026-03-27T10:00:00',
    '2026-03-27 10:00:00+01:00',
    '2026-03-27',
    '2026-02-29T10:00:00Z',
    '2026-04-31T10:00:00Z',
    '2026-13-01T10:00:00Z',
    '2026-03-27T24:00:00Z',
    '2026-03-27T10:60:00Z',
    '2026-03-27T10:00:60Z',
    '2026-03-27T10:00:00+0100',
    '2026-03-27T10:00:00+01:60',
    '2026-03-27T10:00:00+19:00',
    'yesterday',
  ])('refuses %s', (text) => {
    expect(parseOffsetDateTime(text)).toBeUndefined();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseOffsetDateTime('2028-02-29T10:00:00Z')?.epochMs).toBe(Date.UTC(2028, 1, 29, 10));
  });
});

describe('formatWithOffset', () => {
  it('writes the wall clock of the offset', () => {
    expect(formatWithOffset(Date.UTC(2026, 2, 30, 9), { offset: '+01:00', offsetMinutes: 60 })).toBe('2026-03-30T10:00:00+01:00');
    expect(formatWithOffset(Date.UTC(2026, 0, 1, 3, 4, 5, 6), { offset: '-05:00', offsetMinutes: -300 })).toBe('2025-12-31T22:04:05.006-05:00');
  });
});
