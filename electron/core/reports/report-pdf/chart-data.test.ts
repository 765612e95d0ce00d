import { describe, expect, it } from 'vitest';
import { chartData, niceStep } from './chart-data';

describe('the chart of requests per month', () => {
  it('fills the empty months between the first and the last, and stacks types in order of size', () => {
    const data = chartData({ '2026-01': { access: 2 }, '2026-03': { access: 1, erasure: 4 } });
    expect(data).toEqual({
      unit: 'month',
      series: [{ key: 'erasure', other: false }, { key: 'access', other: false }],
      buckets: [
        { key: '2026-01', values: [0, 2] },
        { key: '2026-02', values: [0, 0] },
        { key: '2026-03', values: [4, 1] },
      ],
      max: 5,
    });
    expect(chartData({})).toBeNull();
  });

  it('merges all but the five largest types into "other", and counts years past three years of months', () => {
    const month = { a: 9, b: 8, c: 7, d: 6, e: 5, f: 1, g: 1 };
    const data = chartData({ '2020-01': month, '2023-12': { a: 1 } });
    expect(data?.unit).toBe('year');
    expect(data?.series.map((s) => s.key)).toEqual(['a', 'b', 'c', 'd', 'e', 'other']);
    expect(data?.buckets.map((b) => b.key)).toEqual(['2020', '2021', '2022', '2023']);
    expect(data?.buckets[0]?.values).toEqual([9, 8, 7, 6, 5, 2]);
  });

  it('picks round steps for the value axis', () => {
    expect([niceStep(4), niceStep(9), niceStep(137), niceStep(0), niceStep(23_000)]).toEqual([1, 2, 50, 1, 5000]);
  });
});
