import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { DashboardRegisterReviews, RegisterReviewKind } from '../../shared/dashboard';
import { addDays } from '../deadlines';
import { REVIEW_HORIZON_DAYS } from './reviews-due';

type Row = DashboardRegisterReviews['rows'][number];
type ReviewTable = 'register_activities' | 'register_processors' | 'register_transfers';

/** Counts the entries of one register whose review is before `today`, and those due from today to `horizon`. */
async function reviewCounts(db: Kysely<Database>, table: ReviewTable, today: string, horizon: string): Promise<{ overdue: number; dueSoon: number }> {
  const row = await db
    .selectFrom(table)
    .select((eb) => [
      eb.fn.sum<number | null>(eb.case().when('next_review', '<', today).then(1).else(0).end()).as('overdue'),
      eb.fn.sum<number | null>(eb.case().when('next_review', '>=', today).then(1).else(0).end()).as('dueSoon'),
    ])
    .where('next_review', '<=', horizon)
    .executeTakeFirstOrThrow();
  return { overdue: Number(row.overdue ?? 0), dueSoon: Number(row.dueSoon ?? 0) };
}

/**
 * Today's register card: for activities, processors and transfers, the reviews overdue and
 * due within the horizon (through each register's review index); for DPIAs, the activities
 * whose screening calls for a DPIA not yet on file, and those never screened. Counts are
 * exact; the rows (overdue reviews and owed DPIAs first, then the soonest) are capped at `limit`.
 */
export async function registerReviews(db: Kysely<Database>, today: string, limit: number): Promise<DashboardRegisterReviews> {
  const horizon = addDays(today, REVIEW_HORIZON_DAYS);
  const [activity, processor, transfer, dpiaRows, activityRows, processorRows, transferRows] = await Promise.all([
    reviewCounts(db, 'register_activities', today, horizon),
    reviewCounts(db, 'register_processors', today, horizon),
    reviewCounts(db, 'register_transfers', today, horizon),
    db.selectFrom('register_activities').select(['id', 'reference', 'name', 'dpia_status']).where('dpia_status', 'in', ['required', 'in-progress', 'not-screened']).orderBy('reference').execute(),
    db.selectFrom('register_activities').select(['id', 'reference', 'name', 'next_review']).where('next_review', '<=', horizon).orderBy('next_review').limit(limit).execute(),
    db.selectFrom('register_processors').select(['id', 'name', 'next_review']).where('next_review', '<=', horizon).orderBy('next_review').limit(limit).execute(),
    db.selectFrom('register_transfers').select(['id', 'recipient', 'country', 'next_review']).where('next_review', '<=', horizon).orderBy('next_review').limit(limit).execute(),
  ]);
  const owed = dpiaRows.filter((r) => r.dpia_status !== 'not-screened');
  const review = (kind: RegisterReviewKind, id: string, name: string, date: string): Row => ({ kind, id, name, date, overdue: date < today });
  const rows: Row[] = [
    ...owed.map((r): Row => ({ kind: 'dpia', id: r.id, name: `${r.reference} ${r.name}`, date: null, overdue: true })),
    ...activityRows.map((r) => review('activity', r.id, `${r.reference} ${r.name}`, r.next_review)),
    ...processorRows.map((r) => review('processor', r.id, r.name, r.next_review)),
    ...transferRows.map((r) => review('transfer', r.id, `${r.recipient} (${r.country})`, r.next_review)),
  ].sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.date ?? '').localeCompare(b.date ?? '') || a.name.localeCompare(b.name));
  return {
    horizonDays: REVIEW_HORIZON_DAYS,
    counts: { activity, processor, transfer, dpia: { overdue: owed.length, dueSoon: dpiaRows.length - owed.length } },
    rows: rows.slice(0, limit),
  };
}
