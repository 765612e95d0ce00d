import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { CalendarItem } from '../../shared/calendar';
import { AUTHORITY_NOTICE_HOURS } from '../../shared/pure/breach-clock';
import { SUMMARY_COLUMNS, toSummary } from '../breaches/register/breach-summary';
import { recordedNotices } from '../breaches/register/recorded-notices';
import { civilDateInZone, addDays } from '../deadlines';
import { OPEN_BREACH_STATUSES } from '../dashboard/breach-clocks';
import type { DateRange } from './request-items';
import { startOfDay } from './zoned-instant';

const CLOCK_MS = AUTHORITY_NOTICE_HOURS * 3_600_000;

/**
 * The 72-hour deadlines still running (or missed without a notice) of breaches not yet
 * closed that touch our own data as controller, whose instant falls on a day of the range in the organisation's zone. The range
 * becomes a window on the moment of awareness (deadline − 72 h), which the
 * (status, aware_utc) index answers.
 */
export async function breachDeadlineItems(db: Kysely<Database>, range: DateRange, timeZone: string, now: Date): Promise<CalendarItem[]> {
  const awareBefore = new Date(startOfDay(addDays(range.to, 1), timeZone).getTime() - CLOCK_MS).toISOString();
  let query = db
    .selectFrom('breaches')
    .select([...SUMMARY_COLUMNS])
    .where('status', 'in', [...OPEN_BREACH_STATUSES])
    .where('aware_utc', '<', awareBefore)
    // A breach that touches only clients' data owes no Art. 33(1) notice of ours: its clocks are the clients' (two-role-items).
    .where('id', 'not in', (eb) => eb.selectFrom('breach_roles').select('breach_id').where('controller_side', '=', 0));
  if (range.from !== null) query = query.where('aware_utc', '>=', new Date(startOfDay(range.from, timeZone).getTime() - CLOCK_MS).toISOString());
  const rows = await query.orderBy('aware_utc').limit(range.limit).execute();
  const notices = await recordedNotices(db, rows.map((row) => row.id));
  return rows
    .map((row) => toSummary(row, notices.get(row.id) ?? [], now))
    .filter((s) => s.clock === 'running' || s.clock === 'overdue')
    .map((s) => ({
      id: `breach-72h:${s.id}`,
      kind: 'breach-72h',
      caseType: 'breach',
      caseId: s.id,
      reference: s.reference,
      title: s.title,
      date: civilDateInZone(s.authorityDeadline, timeZone),
      instant: s.authorityDeadline,
      clock: null,
      overdue: s.clock === 'overdue',
    }));
}
