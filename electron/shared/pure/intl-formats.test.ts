import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './intl-formats';

describe('shared Intl formatters', () => {
  it('builds one date formatter per locale and options, and formats as a fresh one would', () => {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Rome', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    const first = dateTimeFormat('it-IT', options);
    expect(dateTimeFormat('it-IT', { ...options })).toBe(first);
    expect(dateTimeFormat('en-GB', options)).not.toBe(first);
    expect(dateTimeFormat('it-IT', { ...options, timeZone: 'UTC' })).not.toBe(first);
    const at = Date.UTC(2026, 2, 29, 1, 30);
    expect(first.format(at)).toBe(new Intl.DateTimeFormat('it-IT', options).format(at));
  });

  it('treats an option left undefined as absent, as Intl does', () => {
    expect(dateTimeFormat('en-GB', { weekday: undefined, timeZone: 'UTC' })).toBe(dateTimeFormat('en-GB', { timeZone: 'UTC' }));
  });

  it('builds one number formatter per locale and options', () => {
    const grouped = numberFormat('it-IT');
    expect(numberFormat('it-IT', {})).toBe(grouped);
    expect(numberFormat('it-IT', { maximumFractionDigits: 1 })).not.toBe(grouped);
    expect(grouped.format(12000)).toBe(new Intl.NumberFormat('it-IT').format(12000));
  });
});
