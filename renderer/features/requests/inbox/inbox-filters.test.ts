import { describe, expect, it } from 'vitest';
import { defaultFilters, isNarrowed, toQuery } from './inbox-filters';

describe('inbox filters', () => {
  it('opens on the open requests, soonest deadline first', () => {
    expect(toQuery(defaultFilters, 0, 100)).toEqual({
      status: ['received', 'awaiting-identity', 'in-progress', 'extended'],
      sort: 'due',
      direction: 'asc',
      offset: 0,
      limit: 100,
    });
    expect(isNarrowed(defaultFilters)).toBe(false);
  });

  it('sends only the filters that are set, with the search trimmed', () => {
    const filters = { ...defaultFilters, status: [], regime: 'gdpr', type: 'erasure', overdue: true, search: '  rossi ', sort: 'received', direction: 'desc' } as const;
    expect(toQuery({ ...filters, status: [] }, 200, 100)).toEqual({
      regime: ['gdpr'],
      type: 'erasure',
      overdue: true,
      search: 'rossi',
      sort: 'received',
      direction: 'desc',
      offset: 200,
      limit: 100,
    });
    expect(isNarrowed({ ...filters, status: [] })).toBe(true);
  });

  it('asks for one of Today’s lists by its own filter, whatever statuses are chosen', () => {
    expect(toQuery({ ...defaultFilters, group: 'dueThisWeek' }, 0, 100)).toEqual({ group: 'dueThisWeek', sort: 'due', direction: 'asc', offset: 0, limit: 100 });
    expect(isNarrowed({ ...defaultFilters, group: 'overdue' })).toBe(true);
  });

  it('reads closed requests when asked for the ones answered late', () => {
    const query = toQuery({ ...defaultFilters, late: 'legal' }, 0, 100);
    expect(query).toEqual({ late: 'legal', sort: 'due', direction: 'asc', offset: 0, limit: 100 });
    expect(isNarrowed({ ...defaultFilters, late: 'commitment' })).toBe(true);
  });
});
