import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { TrendWeek } from '../../shared/dashboard';
import { addDays } from '../deadlines';
import { startOfDay } from '../calendar/zoned-instant';
import { isoWeekLabel, isoWeekStart } from './iso-week';

/** Weeks in the trend, the current one included. */
export const TREND_WEEKS = 8;

/**
 * Requests received and closed per ISO week over the last eight weeks (this one included),
 * weeks running Monday to Sunday in the organisation's zone. Received counts by the civil
 * date of receipt (one grouped index range); closed counts by the instant of closing between
 * the zone's Monday midnights (one index range per week), so a change of clocks moves no case
 * into the wrong week.
 */
export async function weeklyTrend(db: Kysely<Database>, today: string, timeZone: string): Promise<TrendWeek[]> {
  const first = addDays(isoWeekStart(today), -7 * (TREND_WEEKS - 1));
  const starts = Array.from({ length: TREND_WEEKS }, (_, i) => addDays(first, 7 * i));
  const bounds = [...starts, addDays(first, 7 * TREND_WEEKS)].map((date) => startOfDay(date, timeZone).toISOString());
  const receivedByDay = await db
    .selectFrom('requests')
    .select(['received_date', (eb) => eb.fn.countAll<number>().as('n')])
    .where('received_date', '>=', first)
    .where('received_date', '<=', today)
    .where('status', '!=', 'void')
    .groupBy('received_date')
    .execute();
  const closed = await Promise.all(
    starts.map((_, i) =>
      db
        .selectFrom('requests')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('is_open', '=', 0)
        .where('closed_at', '>=', bounds[i] as string)
        .where('closed_at', '<', bounds[i + 1] as string)
        .executeTakeFirstOrThrow(),
    ),
  );
  return starts.map((start, i) => ({
    week: isoWeekLabel(start),
    start,
    received: receivedByDay.filter((row) => row.received_date >= start && row.received_date < addDays(start, 7)).reduce((sum, row) => sum + row.n, 0),
    closed: closed[i]?.n ?? 0,
  }));
}
