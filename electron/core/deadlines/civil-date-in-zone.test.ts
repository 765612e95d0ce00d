import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { civilDateInZone, isInstantWithOffset, todayInZone } from './civil-date-in-zone';

describe('civilDateInZone', () => {
  it.each([
    // 23:30 in Rome on 31 Jan is 22:30 UTC the same day: received 31 Jan.
    ['2026-01-31T22:30:00Z', 'Europe/Rome', '2026-01-31'],
    ['2026-01-31T23:30:00+01:00', 'Europe/Rome', '2026-01-31'],
    // 00:30 in Rome on 1 Feb is still 31 Jan in UTC: received 1 Feb.
    ['2026-01-31T23:30:00Z', 'Europe/Rome', '2026-02-01'],
    ['2026-02-01T00:30:00+01:00', 'Europe/Rome', '2026-02-01'],
    // Summer time (CEST, UTC+2): 22:30 UTC on 24 Oct is 00:30 on 25 Oct in Rome.
    ['2026-10-24T22:30:00Z', 'Europe/Rome', '2026-10-25'],
    ['2026-10-24T21:30:00Z', 'Europe/Rome', '2026-10-24'],
    // The night summer time starts (29 Mar 2026, still UTC+1 at 00:30).
    ['2026-03-28T23:30:00Z', 'Europe/Rome', '2026-03-29'],
    // California, 10 p.m. PDT is 05:00 UTC the next day.
    ['2026-03-24T05:00:00Z', 'America/Los_Angeles', '2026-03-23'],
    // London in BST.
    ['2026-06-30T23:30:00Z', 'Europe/London', '2026-07-01'],
    ['2026-12-31T23:30:00Z', 'Europe/London', '2026-12-31'],
    // Fractions of a second and lower-case z.
    ['2026-01-31T22:59:59.999z', 'Europe/Rome', '2026-01-31'],
  ])('%s in %s is %s', (instant, zone, date) => {
    expect(civilDateInZone(instant, zone)).toBe(date);
  });

  it('takes a Date as well', () => {
    expect(civilDateInZone(new Date(Date.UTC(2026, 0, 31, 23, 30)), 'Europe/Rome')).toBe('2026-02-01');
    expect(todayInZone('Pacific/Kiritimati', new Date('2026-01-31T12:00:00Z'))).toBe('2026-02-01');
  });

  it('refuses an instant without an offset, which would be read in the local zone', () => {
    expect(isInstantWithOffset('2026-01-31T23:30:00')).toBe(false);
    expect(() => civilDateInZone('2026-01-31T23:30:00', 'Europe/Rome')).toThrow(AppError);
    expect(() => civilDateInZone('2026-01-31T23:30:00', 'Europe/Rome')).toThrow('"2026-01-31T23:30:00"');
    expect(() => civilDateInZone('2026-01-31', 'Europe/Rome')).toThrow('offset');
  });

  it('refuses an unknown zone, naming it', () => {
    expect(() => civilDateInZone('2026-01-31T23:30:00Z', 'Mars/Olympus')).toThrow('Unknown time zone "Mars/Olympus"');
  });
});
