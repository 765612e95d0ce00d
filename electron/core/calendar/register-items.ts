import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { CalendarItem } from '../../shared/calendar';
import type { DateRange } from './request-items';

type ReviewTable = 'register_activities' | 'register_processors' | 'register_transfers';

async function reviewsIn(db: Kysely<Database>, table: ReviewTable, range: DateRange, label: (row: Record<string, string>) => string): Promise<{ id: string; date: string; label: string }[]> {
  let query = db.selectFrom(table).selectAll().where('next_review', '<=', range.to);
  if (range.from !== null) query = query.where('next_review', '>=', range.from);
  const rows = (await query.orderBy('next_review').limit(range.limit).execute()) as unknown as Record<string, string>[];
  return rows.map((row) => ({ id: row.id ?? '', date: row.next_review ?? '', label: label(row) }));
}

/**
 * The next review of every register entry in the range: activities (reference and name),
 * processors and transfers, each read through its review index. Register entries name no
 * person, so the title is kept in exports.
 */
export async function registerReviewItems(db: Kysely<Database>, range: DateRange): Promise<CalendarItem[]> {
  const lists = await Promise.all([
    reviewsIn(db, 'register_activities', range, (r) => `${r.reference} ${r.name}`),
    reviewsIn(db, 'register_processors', range, (r) => r.name ?? ''),
    reviewsIn(db, 'register_transfers', range, (r) => `${r.recipient} (${r.country})`),
  ]);
  return lists
    .flat()
    .sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label))
    .slice(0, range.limit)
    .map((row) => ({
      id: `register-review:${row.id}`,
      kind: 'register-review',
      caseType: 'register',
      caseId: row.id,
      reference: row.label,
      title: row.label,
      date: row.date,
      instant: null,
      clock: null,
      overdue: row.date < range.today,
    }));
}
