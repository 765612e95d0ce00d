import { describe, expect, it } from 'vitest';
import { parseLeadList } from './lead-list';

describe('lead time lists', () => {
  it('reads numbers in any order and separator, largest first, once each', () => {
    expect(parseLeadList('6, 48 24', 1, 71)).toEqual([48, 24, 6]);
    expect(parseLeadList('0;7;2;7', 0, 60)).toEqual([7, 2, 0]);
    expect(parseLeadList('  ', 0, 60)).toEqual([]);
  });

  it('refuses what is out of range or not a whole number', () => {
    expect(parseLeadList('72', 1, 71)).toBeNull();
    expect(parseLeadList('1.5', 0, 60)).toBeNull();
    expect(parseLeadList('soon', 0, 60)).toBeNull();
    expect(parseLeadList('1,2,3,4,5,6,7', 0, 60)).toBeNull();
  });
});
