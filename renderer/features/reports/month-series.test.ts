import { describe, expect, it } from 'vitest';
import { monthSeries, monthsBetween } from './month-series';

describe('month series', () => {
  it('lists every month of the range, across a year end', () => {
    expect(monthsBetween('2025-11-20', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });
  it('fills empty months and orders types by their total', () => {
    const series = monthSeries({ '2026-01': { access: 1, erasure: 2 }, '2026-03': { erasure: 1 } }, '2026-01-01', '2026-03-31');
    expect(series.types).toEqual(['erasure', 'access']);
    expect(series.bars.map((bar) => bar.total)).toEqual([3, 0, 1]);
    expect(series.max).toBe(3);
  });
});
