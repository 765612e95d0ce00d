import { describe, expect, it } from 'vitest';
import { dateText, dateTimeText, readDateText, readDateTimeText, readTimeText } from './date-text';

describe('typed dates', () => {
  it('reads a day written day first, with or without leading zeros, and ISO', () => {
    expect(readDateText('02/12/2026')).toEqual({ kind: 'value', value: '2026-12-02' });
    expect(readDateText(' 2/12/2026 ')).toEqual({ kind: 'value', value: '2026-12-02' });
    expect(readDateText('02.12.2026')).toEqual({ kind: 'value', value: '2026-12-02' });
    expect(readDateText('02-12-2026')).toEqual({ kind: 'value', value: '2026-12-02' });
    expect(readDateText('2026-12-02')).toEqual({ kind: 'value', value: '2026-12-02' });
    expect(readDateText('29/02/2028')).toEqual({ kind: 'value', value: '2028-02-29' });
  });

  it('never reads the US order: 12/02/2026 is 12 February', () => {
    expect(readDateText('12/02/2026')).toEqual({ kind: 'value', value: '2026-02-12' });
    expect(readDateText('02/13/2026')).toEqual({ kind: 'problem', problem: 'impossible' });
  });

  it('tells an impossible day from text that is not a date', () => {
    expect(readDateText('31/02/2026')).toEqual({ kind: 'problem', problem: 'impossible' });
    expect(readDateText('29/02/2026')).toEqual({ kind: 'problem', problem: 'impossible' });
    expect(readDateText('2025-02-30')).toEqual({ kind: 'problem', problem: 'impossible' });
    expect(readDateText('00/01/2026')).toEqual({ kind: 'problem', problem: 'impossible' });
    expect(readDateText('tomorrow')).toEqual({ kind: 'problem', problem: 'format' });
    expect(readDateText('02/12/26')).toEqual({ kind: 'problem', problem: 'format' });
    expect(readDateText('   ')).toEqual({ kind: 'empty' });
  });

  it('reads a day and a 24-hour time', () => {
    expect(readDateTimeText('02/12/2026 14:30')).toEqual({ kind: 'value', value: '2026-12-02T14:30' });
    expect(readDateTimeText('2/12/2026, 9.05')).toEqual({ kind: 'value', value: '2026-12-02T09:05' });
    expect(readDateTimeText('2026-12-02T14:30')).toEqual({ kind: 'value', value: '2026-12-02T14:30' });
    expect(readDateTimeText('02/12/2026 00:00')).toEqual({ kind: 'value', value: '2026-12-02T00:00' });
  });

  it('refuses an impossible hour or day, and AM/PM or a missing time', () => {
    expect(readDateTimeText('02/12/2026 24:00')).toEqual({ kind: 'problem', problem: 'impossible' });
    expect(readDateTimeText('02/12/2026 10:60')).toEqual({ kind: 'problem', problem: 'impossible' });
    expect(readDateTimeText('31/04/2026 10:00')).toEqual({ kind: 'problem', problem: 'impossible' });
    expect(readDateTimeText('02/12/2026 2:30 PM')).toEqual({ kind: 'problem', problem: 'format' });
    expect(readDateTimeText('02/12/2026')).toEqual({ kind: 'problem', problem: 'format' });
    expect(readDateTimeText('')).toEqual({ kind: 'empty' });
  });

  it('reads a time of day on the 24-hour clock only', () => {
    expect(readTimeText('9:05')).toEqual({ kind: 'value', value: '09:05' });
    expect(readTimeText('14.30')).toEqual({ kind: 'value', value: '14:30' });
    expect(readTimeText('24:00')).toEqual({ kind: 'problem', problem: 'impossible' });
    expect(readTimeText('2:30 PM')).toEqual({ kind: 'problem', problem: 'format' });
  });

  it('shows ISO values day first and anything else as it is', () => {
    expect(dateText('2026-12-02')).toBe('02/12/2026');
    expect(dateText('31/02/2026')).toBe('31/02/2026');
    expect(dateText('')).toBe('');
    expect(dateTimeText('2026-12-02T09:05')).toBe('02/12/2026 09:05');
    expect(dateTimeText('2026-12-02T09:05:30')).toBe('02/12/2026 09:05');
    expect(dateTimeText('2026-12-02 9:5')).toBe('2026-12-02 9:5');
  });

  it('round-trips every shown value', () => {
    for (const value of ['2026-01-01', '2026-12-31', '2028-02-29', '0999-07-04']) expect(readDateText(dateText(value))).toEqual({ kind: 'value', value });
    for (const value of ['2026-01-01T00:00', '2026-12-31T23:59']) expect(readDateTimeText(dateTimeText(value))).toEqual({ kind: 'value', value });
  });
});
