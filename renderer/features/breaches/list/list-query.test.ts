import { describe, expect, it } from 'vitest';
import { defaultFilters, isNarrowed, toQuery } from './list-query';

describe('register query', () => {
  it('opens on every breach, latest awareness first', () => {
    expect(toQuery(defaultFilters, 0)).toEqual({ sort: 'aware', direction: 'desc', offset: 0, limit: 100 });
    expect(isNarrowed(defaultFilters)).toBe(false);
  });

  it('sends the statuses chosen and the search trimmed', () => {
    const filters = { status: ['open', 'assessed'] as const, search: '  ransomware ' };
    expect(toQuery({ ...filters, status: [...filters.status] }, 100)).toEqual({
      status: ['open', 'assessed'],
      search: 'ransomware',
      sort: 'aware',
      direction: 'desc',
      offset: 100,
      limit: 100,
    });
    expect(isNarrowed({ status: [], search: ' x ' })).toBe(true);
    expect(isNarrowed({ status: [], search: '   ' })).toBe(false);
  });
});
