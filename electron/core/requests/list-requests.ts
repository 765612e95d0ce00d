import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import { OPEN_STATUSES, type RequestPage, type requestQuerySchema } from '../../shared/requests';
import { todayInZone } from '../deadlines';
import { readRequestContext } from './request-context';
import { SUMMARY_COLUMNS, toSummary } from './request-summary';

type Query = z.output<typeof requestQuerySchema>;

/** Escapes LIKE wildcards so a search for "50%" finds "50%". */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function applyFilters<O>(qb: SelectQueryBuilder<Database, 'requests', O>, query: Query, today: string) {
  let q = qb;
  if (query.status && query.status.length > 0) q = q.where('status', 'in', query.status);
  if (query.regime && query.regime.length > 0) q = q.where('regime', 'in', query.regime);
  if (query.type) {
    const type = query.type;
    q = q.where('id', 'in', (eb) => eb.selectFrom('request_types').select('request_id').where('type', '=', type));
  }
  if (query.overdue) {
    q = q
      .where('status', 'in', [...OPEN_STATUSES])
      .where((eb) => eb(eb.fn.coalesce('legal_extended_due', 'legal_due'), '<', today));
  }
  if (query.search) {
    const pattern = likePattern(query.search);
    const like = (column: 'reference' | 'subject_name' | 'subject_email' | 'requester_name') =>
      sql<boolean>`${sql.ref(column)} LIKE ${pattern} ESCAPE '\\'`;
    q = q.where((eb) => eb.or([like('reference'), like('subject_name'), like('subject_email'), like('requester_name')]));
  }
  return q;
}

/**
 * One page of the inbox, filtered and sorted in SQL (indexes on status, due date,
 * received date), with the total for the virtualised list. Requests without a due date
 * (no statutory period) sort last.
 */
export async function listRequests(db: Kysely<Database>, query: Query, now: Date): Promise<RequestPage> {
  const { timeZone } = await readRequestContext(db);
  const today = todayInZone(timeZone, now);
  const base = db.selectFrom('requests');
  const { total } = await applyFilters(base.select((eb) => eb.fn.countAll<number>().as('total')), query, today).executeTakeFirstOrThrow();
  let rows = applyFilters(base.select([...SUMMARY_COLUMNS]), query, today);
  const dir = query.direction;
  if (query.sort === 'due') rows = rows.orderBy((eb) => eb('effective_due', 'is', null)).orderBy('effective_due', dir);
  if (query.sort === 'received') rows = rows.orderBy('received_date', dir);
  rows = rows.orderBy('reference', query.sort === 'reference' ? dir : 'asc');
  const page = await rows.limit(query.limit).offset(query.offset).execute();
  return { today, timeZone, total, offset: query.offset, rows: page.map((row) => toSummary(row, today)) };
}
