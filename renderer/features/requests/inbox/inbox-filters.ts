import type { RequestGroupKey } from '../../../../electron/shared/dashboard';
import type { Regime, RequestQuery, RequestStatus, RequestType } from '../../../../electron/shared/requests';

/** What the DPO chose to see in the inbox. An empty status list means every status. */
export interface InboxFilters {
  status: RequestStatus[];
  regime: Regime | '';
  type: RequestType | '';
  overdue: boolean;
  /** Closed late: past the law's deadline, or past the organisation's commitment; '' for any. */
  late: '' | 'legal' | 'commitment';
  /** One of Today's lists, by the filter that counts it there; '' for none. */
  group: RequestGroupKey | '';
  search: string;
  /** Whose data: '' any, `controller` ours, `processor` any client's, `client:ID` one client's. */
  role: '' | 'controller' | 'processor' | `client:${string}`;
  sort: 'due' | 'received' | 'reference';
  direction: 'asc' | 'desc';
}

/** The statuses of a request still to be answered: the inbox opens on these. */
export const OPEN: readonly RequestStatus[] = ['received', 'awaiting-identity', 'in-progress', 'extended'];

export const defaultFilters: InboxFilters = {
  status: [...OPEN],
  regime: '',
  type: '',
  overdue: false,
  late: '',
  group: '',
  search: '',
  role: '',
  sort: 'due',
  direction: 'asc',
};

/** True when the filters narrow the list beyond the default (for "Clear filters"). */
export function isNarrowed(filters: InboxFilters): boolean {
  return filters.regime !== '' || filters.type !== '' || filters.overdue || filters.late !== '' || filters.group !== '' || filters.search.trim() !== '' || filters.role !== '';
}

/** The role filter as the query's capacity or client. */
function roleQuery(role: InboxFilters['role']): Pick<RequestQuery, 'capacity' | 'clientId'> {
  if (role === 'controller' || role === 'processor') return { capacity: role };
  if (role.startsWith('client:')) return { clientId: role.slice('client:'.length) };
  return {};
}

/**
 * The 'requests.list' query for one page of the filtered, sorted list. Lateness belongs to
 * closed requests, so the late filter reads them whatever statuses are chosen; one of Today's
 * lists brings its own statuses.
 */
export function toQuery(filters: InboxFilters, offset: number, limit: number): RequestQuery {
  const search = filters.search.trim();
  return {
    ...(filters.status.length > 0 && !filters.late && !filters.group ? { status: filters.status } : {}),
    ...(filters.late ? { late: filters.late } : {}),
    ...(filters.group ? { group: filters.group } : {}),
    ...(filters.regime ? { regime: [filters.regime] } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(search ? { search: search.slice(0, 200) } : {}),
    ...roleQuery(filters.role),
    sort: filters.sort,
    direction: filters.direction,
    offset,
    limit,
  };
}
