import type { BreachQuery, BreachStatus } from '../../../../electron/shared/breaches';

/** What the DPO chose to see in the register. An empty status list means every status. */
export interface BreachFilters {
  status: BreachStatus[];
  search: string;
}

export const defaultFilters: BreachFilters = { status: [], search: '' };

/** Rows read per page of the register; "Show more" reads the next one. */
export const PAGE_SIZE = 100;

/** The 'breaches.list' query for the filters: latest awareness first, the search trimmed. */
export function toQuery(filters: BreachFilters, offset: number): BreachQuery {
  const search = filters.search.trim().slice(0, 200);
  return {
    ...(filters.status.length > 0 ? { status: filters.status } : {}),
    ...(search ? { search } : {}),
    sort: 'aware',
    direction: 'desc',
    offset,
    limit: PAGE_SIZE,
  };
}

/** True when the filters hide some breaches (for the empty state's "Show all"). */
export function isNarrowed(filters: BreachFilters): boolean {
  return filters.status.length > 0 || filters.search.trim() !== '';
}
