import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareCivilDates,
  daysBetween,
  daysInMonth,
  formatHumanDate,
  isCivilDate,
  parseCivilDate,
  tryParseCivilDate,
  weekday,
  weekdayName,
} from './civil-date';

describe('civil dates', () => {
  it.each([
    ['2026-03-31', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-3-31', false],
    ['31/03/2026', false],
    ['2026-03-31T00:00:00Z', false],
    ['', false],
  ])('isCivilDate(%s) is %s', (text, valid) => {
    expect(isCivilDate(text)).toBe(valid);
    expect(tryParseCivilDate(text) !== null).toBe(valid);
  });

  it('parses into numbers and refuses a non-date with its text in the error', () => {
    expect(parseCivilDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(() => parseCivilDate('2026-02-29')).toThrow('"2026-02-29"');
  });

  it.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-03-23', 45, '2026-05-07'],
    ['2026-03-23', 90, '2026-06-21'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  // Reg. 1182/71 Art. 3(2)(c): same date, or the last day of the month when there is none.
  it.each([
    ['2026-03-31', 1, '2026-04-30', true],
    ['2026-01-31', 1, '2026-02-28', true],
    ['2028-01-31', 1, '2028-02-29', true],
    ['2028-01-30', 1, '2028-02-29', true],
    ['2028-01-29', 1, '2028-02-29', false],
    ['2028-02-29', 1, '2028-03-29', false],
    ['2028-02-29', 12, '2029-02-28', true],
    ['2025-09-03', 1, '2025-10-03', false],
    ['2026-11-30', 3, '2027-02-28', true],
    ['2026-12-15', 1, '2027-01-15', false],
    ['2026-10-31', 3, '2027-01-31', false],
  ])('addMonths(%s, %i) = %s (clamped %s)', (date, months, expected, clamped) => {
    expect(addMonths(date, months)).toEqual({ date: expected, clamped });
  });

  it('knows weekdays without the local zone', () => {
    expect(weekday('2026-08-01')).toBe(6);
    expect(weekday('2026-08-03')).toBe(1);
    expect(weekdayName('2027-12-25')).toBe('Saturday');
    expect(formatHumanDate('2026-03-31')).toBe('Tue 31 Mar 2026');
    expect(formatHumanDate('2028-02-29')).toBe('Tue 29 Feb 2028');
  });

  it('compares as strings', () => {
    expect(compareCivilDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareCivilDates('2026-01-10', '2026-01-10')).toBe(0);
    expect(compareCivilDates('2027-01-01', '2026-12-31')).toBe(1);
  });

  describe('whatever the machine zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Rome', 'UTC'])('gives the same answers in %s', (zone) => {
      process.env.TZ = zone;
      expect(addMonths('2026-03-31', 1).date).toBe('2026-04-30');
      expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
      expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
      expect(weekday('2026-03-29')).toBe(0);
    });
  });
});

describe('civil dates as the renderer counts them', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts days between dates, across the DST change too', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-04-30', '2026-04-18')).toBe(-12);
  });
});
