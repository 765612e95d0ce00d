import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { CalendarItem } from '../../shared/dashboard';
import { followUpOf, readFollowUpPeriod } from '../breaches/register/follow-up';
import { OPEN_BREACH_STATUSES } from '../dashboard/breach-clocks';
import type { DateRange } from './request-items';

/**
 * The complete notifications still owed after a preliminary one (Art. 33(4)) by breaches
 * not yet closed, whose due day falls in the range. Only breaches with a preliminary notice
 * and no complete one are read (the (recipient, phase) index of migration 0010), so the
 * source stays small at any size of the register.
 */
export async function followUpItems(db: Kysely<Database>, range: DateRange, timeZone: string): Promise<CalendarItem[]> {
  const rows = await db
    .selectFrom('breach_notifications as n')
    .innerJoin('breaches as b', 'b.id', 'n.breach_id')
    .select(['b.id', 'b.reference', 'b.title', 'n.sent_at'])
    .where('n.recipient', '=', 'authority')
    .where('n.phase', '=', 'preliminary')
    .where('b.status', 'in', [...OPEN_BREACH_STATUSES])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('breach_notifications as c')
            .select('c.id')
            .whereRef('c.breach_id', '=', 'n.breach_id')
            .where('c.recipient', '=', 'authority')
            .where('c.phase', '=', 'complete'),
        ),
      ),
    )
    .execute();
  const period = await readFollowUpPeriod(db);
  const items = new Map<string, CalendarItem>();
  for (const row of rows) {
    const followUp = followUpOf([{ recipient: 'authority', phase: 'preliminary', sentAt: row.sent_at }], period, timeZone, range.today);
    if (!followUp || followUp.due > range.to || (range.from !== null && followUp.due < range.from)) continue;
    const known = items.get(row.id);
    if (known && known.date <= followUp.due) continue;
    items.set(row.id, {
      id: `breach-follow-up:${row.id}`,
      kind: 'breach-follow-up',
      caseType: 'breach',
      caseId: row.id,
      reference: row.reference,
      title: row.title,
      date: followUp.due,
      instant: null,
      clock: null,
      overdue: followUp.daysLeft < 0,
    });
  }
  return [...items.values()].sort((a, b) => a.date.localeCompare(b.date) || a.reference.localeCompare(b.reference)).slice(0, range.limit);
}
