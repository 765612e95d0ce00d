import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { CalendarItem } from '../../shared/calendar';
import type { DateRange } from './request-items';

/** The next review of every retention rule in the range. */
export async function retentionReviewItems(db: Kysely<Database>, range: DateRange): Promise<CalendarItem[]> {
  let query = db.selectFrom('retention_rules').select(['id', 'category', 'next_review']).where('next_review', '<=', range.to);
  if (range.from !== null) query = query.where('next_review', '>=', range.from);
  const rows = await query.orderBy('next_review').limit(range.limit).execute();
  return rows.map((row) => ({
    id: `retention-review:${row.id}`,
    kind: 'retention-review',
    caseType: 'retention',
    caseId: row.id,
    reference: row.category,
    title: row.category,
    date: row.next_review,
    instant: null,
    clock: null,
    overdue: row.next_review < range.today,
  }));
}
