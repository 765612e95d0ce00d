import { describe, expect, it } from 'vitest';
import { formatCivilDate, isCivilDate } from './format-date';

describe('letter dates', () => {
  it('writes the day, the month in words and the year in each language', () => {
    expect(formatCivilDate('2026-04-30', 'en')).toBe('30 April 2026');
    expect(formatCivilDate('2026-04-30', 'it')).toBe('30 aprile 2026');
    expect(formatCivilDate('2026-05-01', 'it')).toBe('1º maggio 2026');
    expect(formatCivilDate('2026-05-01', 'en')).toBe('1 May 2026');
  });
  it('reads the calendar day whatever the machine zone', () => {
    expect(formatCivilDate('2026-12-31', 'en')).toBe('31 December 2026');
  });
  it('tells real dates from look-alikes', () => {
    expect(isCivilDate('2026-02-28')).toBe(true);
    expect(isCivilDate('2026-02-30')).toBe(false);
    expect(isCivilDate('30/04/2026')).toBe(false);
  });
});
