import { describe, expect, it } from 'vitest';
import { isoWeekLabel, isoWeekStart } from './iso-week';

describe('ISO weeks', () => {
  it('start on Monday', () => {
    expect(isoWeekStart('2026-04-10')).toBe('2026-04-06');
    expect(isoWeekStart('2026-04-06')).toBe('2026-04-06');
    expect(isoWeekStart('2026-04-12')).toBe('2026-04-06');
  });

  it('belong to the year of their Thursday', () => {
    expect(isoWeekLabel('2026-04-10')).toBe('2026-W15');
    expect(isoWeekLabel('2027-01-01')).toBe('2026-W53');
    expect(isoWeekLabel('2025-12-29')).toBe('2026-W01');
    expect(isoWeekLabel('2024-12-30')).toBe('2025-W01');
    expect(isoWeekLabel('2026-01-01')).toBe('2026-W01');
  });
});
