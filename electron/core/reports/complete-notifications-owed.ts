import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { followUpOf, readFollowUpPeriod } from '../breaches/register/follow-up';
import type { RecordedNotice } from '../breaches/register/notification-rules';

/** A complete notification a breach still owes the authority after its preliminary one (Art. 33(4)), as of a day. */
export interface CompleteNotificationOwed {
  /** The civil date it was planned for (the preliminary notice's day + the follow-up period). */
  due: string;
  /** Days past `due` on the day asked about; 0 or less while it is not yet overdue. */
  daysOverdue: number;
}

/** Ids per query, well under SQLite's limit on bound parameters. */
const CHUNK = 500;

/**
 * For each of the given (open) breaches that sent a preliminary notification and no complete one, the complete
 * notification it still owes on `today` — the same rule the breach's page, the dashboard and the calendar use
 * (`followUpOf`: the DPO's follow-up period, or the default). Breaches that owe none are left out of the map.
 */
export async function completeNotificationsOwed(db: Kysely<Database>, ids: readonly string[], timeZone: string, today: string): Promise<Map<string, CompleteNotificationOwed>> {
  const owed = new Map<string, CompleteNotificationOwed>();
  if (ids.length === 0) return owed;
  const period = await readFollowUpPeriod(db);
  for (let from = 0; from < ids.length; from += CHUNK) {
    const rows = await db
      .selectFrom('breach_notifications')
      .select(['breach_id', 'recipient', 'phase', 'sent_at'])
      .where('breach_id', 'in', ids.slice(from, from + CHUNK))
      .where('recipient', '=', 'authority')
      .execute();
    const notices = new Map<string, RecordedNotice[]>();
    for (const row of rows) {
      const list = notices.get(row.breach_id) ?? [];
      list.push({ recipient: row.recipient, phase: row.phase, sentAt: row.sent_at });
      notices.set(row.breach_id, list);
    }
    for (const [id, list] of notices) {
      const followUp = followUpOf(list, period, timeZone, today);
      if (followUp) owed.set(id, { due: followUp.due, daysOverdue: -followUp.daysLeft });
    }
  }
  return owed;
}
