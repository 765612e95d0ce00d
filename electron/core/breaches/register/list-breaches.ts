import type { Kysely, SelectQueryBuilder } from 'kysely';
import { containsIgnoringCase, likePattern } from '../../../../db/dialect-sql';
import type { z } from 'zod';
import type { Database } from '../../../../db/schema';
import type { BreachPage, breachQuerySchema } from '../../../shared/breaches';
import { processorOnlyBreaches } from '../../clients/processor-only-breaches';
import { readSettings } from '../../settings/settings-service';
import { SUMMARY_COLUMNS, toSummary } from './breach-summary';
import { recordedNotices } from './recorded-notices';

export type ParsedBreachQuery = z.output<typeof breachQuerySchema>;

function applyFilters<O>(db: Kysely<Database>, qb: SelectQueryBuilder<Database, 'breaches', O>, query: ParsedBreachQuery) {
  let q = qb;
  if (query.status && query.status.length > 0) q = q.where('status', 'in', query.status);
  if (query.search) {
    const pattern = likePattern(query.search);
    q = q.where((eb) => eb.or([containsIgnoringCase(db, 'reference', pattern), containsIgnoringCase(db, 'title', pattern)]));
  }
  return q;
}

/**
 * One page of the register, filtered and sorted in SQL (by the instant of awareness, which
 * also orders the deadlines, or by reference), with the total, each row's clock read at
 * `now` and whether that clock is ours (not on a breach of clients' data only), and the
 * organisation's zone for display.
 */
export async function listBreaches(db: Kysely<Database>, query: ParsedBreachQuery, now: Date): Promise<BreachPage> {
  const settings = await readSettings(db);
  const base = db.selectFrom('breaches');
  const { total } = await applyFilters(db, base.select((eb) => eb.fn.countAll<number>().as('total')), query).executeTakeFirstOrThrow();
  let rows = applyFilters(db, base.select([...SUMMARY_COLUMNS]), query);
  if (query.sort === 'aware') rows = rows.orderBy('aware_utc', query.direction).orderBy('reference', query.direction);
  else rows = rows.orderBy('ref_year', query.direction).orderBy('ref_seq', query.direction);
  const page = await rows.limit(query.limit).offset(query.offset).execute();
  const ids = page.map((row) => row.id);
  const notices = await recordedNotices(db, ids);
  const processorOnly = await processorOnlyBreaches(db, ids);
  return {
    now: now.toISOString(),
    timeZone: settings['organisation.timeZone'],
    total,
    offset: query.offset,
    rows: page.map((row) => ({ ...toSummary(row, notices.get(row.id) ?? [], now), controllerSide: !processorOnly.has(row.id) })),
  };
}
