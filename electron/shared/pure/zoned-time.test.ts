import { describe, expect, it } from 'vitest';
import { formatOffset, instantInZone, instantToWallTime, offsetMinutesAt, todayInZone, wallTimeToInstant, zoneWithOffset } from './zoned-time';

describe('wallTimeToInstant', () => {
  it.each([
    ['winter in Rome', '2026-01-15T09:30', 'Europe/Rome', '2026-01-15T09:30:00+01:00'],
    ['summer in Rome', '2026-07-15T09:30', 'Europe/Rome', '2026-07-15T09:30:00+02:00'],
    ['late at night in New York', '2026-03-31T23:45', 'America/New_York', '2026-03-31T23:45:00-04:00'],
    ['a half-hour zone', '2026-05-01T08:00', 'Asia/Kolkata', '2026-05-01T08:00:00+05:30'],
    ['a 45-minute zone', '2026-05-01T08:00', 'Asia/Kathmandu', '2026-05-01T08:00:00+05:45'],
    ['UTC', '2026-02-28T00:00', 'UTC', '2026-02-28T00:00:00+00:00'],
    ['seconds kept', '2026-02-28T10:11:12', 'Europe/London', '2026-02-28T10:11:12+00:00'],
    ['a leap day', '2028-02-29T12:00', 'Europe/Rome', '2028-02-29T12:00:00+01:00'],
  ])('%s', (_name, wall, zone, expected) => {
    expect(wallTimeToInstant(wall, zone)).toBe(expected);
  });

  it('keeps the offset in force just before and just after the spring change in Rome', () => {
    expect(wallTimeToInstant('2026-03-29T01:59', 'Europe/Rome')).toBe('2026-03-29T01:59:00+01:00');
    expect(wallTimeToInstant('2026-03-29T03:00', 'Europe/Rome')).toBe('2026-03-29T03:00:00+02:00');
  });

  it('moves a time that does not exist (clocks go forward) past the gap', () => {
    expect(wallTimeToInstant('2026-03-29T02:30', 'Europe/Rome')).toBe('2026-03-29T03:30:00+02:00');
    expect(wallTimeToInstant('2026-03-08T02:15', 'America/New_York')).toBe('2026-03-08T03:15:00-04:00');
  });

  it('takes the first occurrence of a time that happens twice (clocks go back)', () => {
    expect(wallTimeToInstant('2026-10-25T02:30', 'Europe/Rome')).toBe('2026-10-25T02:30:00+02:00');
    expect(wallTimeToInstant('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T01:30:00-04:00');
    expect(wallTimeToInstant('2026-10-25T03:00', 'Europe/Rome')).toBe('2026-10-25T03:00:00+01:00');
  });

  it('refuses text that is not a wall-clock time', () => {
    for (const text of ['', '2026-03-31', '2026-02-30T10:00', '2026-03-31T24:00', '31/03/2026 10:00', '2026-03-31T10:60']) {
      expect(wallTimeToInstant(text, 'Europe/Rome'), text).toBeNull();
    }
  });

  it('round-trips with instantToWallTime', () => {
    for (const wall of ['2026-01-01T00:00', '2026-03-29T03:00', '2026-06-30T23:59', '2026-10-25T01:00']) {
      const instant = wallTimeToInstant(wall, 'Europe/Rome');
      expect(instant).not.toBeNull();
      expect(instantToWallTime(instant ?? '', 'Europe/Rome')).toBe(wall);
    }
  });
});

describe('instantToWallTime and todayInZone', () => {
  it('reads an instant in the organisation zone, not the machine zone', () => {
    expect(instantToWallTime('2026-03-31T22:30:00Z', 'Europe/Rome')).toBe('2026-04-01T00:30');
    expect(instantToWallTime('2026-03-31T22:30:00Z', 'America/Los_Angeles')).toBe('2026-03-31T15:30');
  });

  it('gives the civil date of now in the zone', () => {
    const now = Date.parse('2026-12-31T23:30:00Z');
    expect(todayInZone('Europe/Rome', now)).toBe('2027-01-01');
    expect(todayInZone('UTC', now)).toBe('2026-12-31');
  });
});

describe('offsets', () => {
  it('measures the offset at an instant', () => {
    expect(offsetMinutesAt(Date.parse('2026-07-01T00:00:00Z'), 'Europe/Rome')).toBe(120);
    expect(offsetMinutesAt(Date.parse('2026-01-01T00:00:00Z'), 'America/Sao_Paulo')).toBe(-180);
  });

  it('formats offsets with sign, hours and minutes', () => {
    expect(formatOffset(0)).toBe('+00:00');
    expect(formatOffset(345)).toBe('+05:45');
    expect(formatOffset(-240)).toBe('-04:00');
    expect(formatOffset(-150)).toBe('-02:30');
  });
});

describe('instantInZone', () => {
  it('writes an instant with the zone offset in force then, to the second', () => {
    expect(instantInZone(Date.parse('2026-03-27T09:00:05.900Z'), 'Europe/Rome')).toBe('2026-03-27T10:00:05+01:00');
    expect(instantInZone(Date.parse('2026-03-30T09:00:00Z'), 'Europe/Rome')).toBe('2026-03-30T11:00:00+02:00');
    expect(instantInZone(Date.parse('2026-01-01T03:30:00Z'), 'America/New_York')).toBe('2025-12-31T22:30:00-05:00');
  });
});

describe('zoneWithOffset', () => {
  it.each<[string, string, string, string]>([
    // Rome changes to summer time at 02:00 on Sun 29 Mar 2026 (Directive 2000/84/EC: last Sunday of March, 01:00 UTC).
    ['Rome just before the change', '2026-03-29T00:59:00Z', 'Europe/Rome', 'CET (+01:00)'],
    ['Rome just after the change', '2026-03-29T01:00:00Z', 'Europe/Rome', 'CEST (+02:00)'],
    ['London in winter', '2026-01-15T12:00:00Z', 'Europe/London', 'GMT (+00:00)'],
    ['Kathmandu, no abbreviation', '2026-01-15T12:00:00Z', 'Asia/Kathmandu', 'UTC+05:45'],
    ['New York in summer', '2026-07-01T12:00:00Z', 'America/New_York', 'UTC-04:00'],
  ])('%s: %s in %s → %s', (_label, instant, zone, expected) => {
    expect(zoneWithOffset(Date.parse(instant), zone)).toBe(expected);
  });
});
