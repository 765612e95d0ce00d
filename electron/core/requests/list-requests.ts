import type { Kysely, SelectQueryBuilder } from 'kysely';
import { containsIgnoringCase, heldAsProcessor, likePattern, requestSearchMatch } from '../../../db/dialect-sql';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import { OPEN_STATUSES, type RequestPage, type requestQuerySchema } from '../../shared/requests';
import { todayInZone } from '../deadlines';
import { GROUP_FILTERS, groupWindow, inGroup } from '../dashboard/request-filters';
import { clientsOfRequests } from '../clients/processor-requests';
import { readRequestContext } from './request-context';
import { SUMMARY_COLUMNS, toSummary } from './request-summary';

type Query = z.output<typeof requestQuerySchema>;

function applyFilters<O>(db: Kysely<Database>, qb: SelectQueryBuilder<Database, 'requests', O>, query: Query, today: string) {
  let q = qb;
  if (query.status && query.status.length > 0) {
    q = q.where('status', 'in', query.status);
    // Lets the planner walk the (is_open, due_sort) index instead of sorting.
    const open = query.status.every((s) => (OPEN_STATUSES as readonly string[]).includes(s));
    const closed = query.status.every((s) => !(OPEN_STATUSES as readonly string[]).includes(s));
    if (open || closed) q = q.where('is_open', '=', open ? 1 : 0);
  }
  if (query.regime && query.regime.length > 0) q = q.where('regime', 'in', query.regime);
  if (query.type) {
    const type = query.type;
    q = q.where('id', 'in', (eb) => eb.selectFrom('request_types').select('request_id').where('type', '=', type));
  }
  // Today's lists by their own filters: the inbox shows every request a count there counts.
  for (const key of [...(query.overdue ? (['overdue'] as const) : []), ...(query.group ? [query.group] : [])]) {
    q = inGroup(q, GROUP_FILTERS[key], groupWindow(today), db);
  }
  // Closed late: the partial indexes on the days late hold exactly these rows.
  if (query.late === 'legal') q = q.where('legal_days_late', '>', 0);
  if (query.late === 'commitment') q = q.where('org_days_late', '>', 0);
  if (query.capacity === 'processor') q = q.where(heldAsProcessor(db));
  if (query.capacity === 'controller') q = q.where((eb) => eb.not(heldAsProcessor(db)));
  if (query.clientId) {
    const clientId = query.clientId;
    q = q.where('id', 'in', (eb) => eb.selectFrom('request_clients').select('request_id').where('client_id', '=', clientId));
  }
  if (query.search && [...query.search].length >= 3) {
    q = q.where(requestSearchMatch(db, query.search));
  } else if (query.search) {
    const pattern = likePattern(query.search);
    const like = (column: 'reference' | 'subject_name' | 'subject_email' | 'requester_name') => containsIgnoringCase(db, column, pattern);
    q = q.where((eb) => eb.or([like('reference'), like('subject_name'), like('subject_email'), like('requester_name')]));
  }
  return q;
}

/**
 * One page of the inbox, filtered and sorted in SQL (indexes on status, due date,
 * received date; a trigram full-text index for searches of three characters or more,
 * LIKE below that), with the total for the virtualised list. Requests without a due date
 * (no statutory period, a stopped clock) sort last. Filters by capacity (controller or
 * processor) and by client; a processor-side row names its client and forwarding date.
 */
export async function listRequests(db: Kysely<Database>, query: Query, now: Date): Promise<RequestPage> {
  const { timeZone } = await readRequestContext(db);
  const today = todayInZone(timeZone, now);
  const base = db.selectFrom('requests');
  const { total } = await applyFilters(db, base.select((eb) => eb.fn.countAll<number>().as('total')), query, today).executeTakeFirstOrThrow();
  let rows = applyFilters(db, base.select([...SUMMARY_COLUMNS]), query, today);
  const dir = query.direction;
  if (query.sort === 'due') rows = rows.orderBy('due_sort', dir);
  if (query.sort === 'received') rows = rows.orderBy('received_date', dir);
  rows = rows.orderBy('reference', query.sort === 'reference' ? dir : 'asc');
  const page = await rows.limit(query.limit).offset(query.offset).execute();
  const clients = await clientsOfRequests(db, page.map((row) => row.id));
  return { today, timeZone, total, offset: query.offset, rows: page.map((row) => ({ ...toSummary(row, today), processorFor: clients.get(row.id) ?? null })) };
}
