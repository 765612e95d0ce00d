import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { DashboardReviewRow } from '../../shared/dashboard';
import { addDays, daysBetween } from '../deadlines';

/** Retention reviews show on the dashboard this many days ahead (and once past). */
export const REVIEW_HORIZON_DAYS = 30;

/** Retention rules whose review is due within the horizon or already past, soonest first, and how many. */
export async function reviewsDue(db: Kysely<Database>, today: string, limit: number): Promise<{ total: number; rows: DashboardReviewRow[] }> {
  const query = db.selectFrom('retention_rules').where('next_review', '<=', addDays(today, REVIEW_HORIZON_DAYS));
  const [{ total }, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    query.select(['id', 'category', 'next_review']).orderBy('next_review').orderBy('category').limit(limit).execute(),
  ]);
  return {
    total,
    rows: rows.map((row) => ({ id: row.id, category: row.category, nextReview: row.next_review, daysLeft: daysBetween(today, row.next_review) })),
  };
}
