import { describe, expect, it } from 'vitest';
import { median, percentile, share, tally } from './statistics';

describe('report statistics', () => {
  it('computes medians for odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('takes the 90th percentile by nearest rank', () => {
    const days = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(days, 90)).toBe(18);
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([], 90)).toBeNull();
  });

  it('gives shares rounded to a tenth of a percent, and none of nothing', () => {
    expect(share(2, 3)).toEqual({ count: 2, of: 3, share: 0.667 });
    expect(share(0, 0)).toEqual({ count: 0, of: 0, share: null });
  });

  it('tallies', () => {
    const counts: Record<string, number> = {};
    tally(counts, 'access');
    tally(counts, 'access');
    tally(counts, 'erasure', 3);
    expect(counts).toEqual({ access: 2, erasure: 3 });
  });
});
