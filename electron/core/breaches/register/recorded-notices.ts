import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { RecordedNotice } from './notification-rules';

/** The notifications recorded for some breaches (recipient, phase, time), grouped by breach. */
export async function recordedNotices(db: Kysely<Database> | Transaction<Database>, breachIds: readonly string[]): Promise<Map<string, RecordedNotice[]>> {
  const byBreach = new Map<string, RecordedNotice[]>(breachIds.map((id) => [id, []]));
  if (breachIds.length === 0) return byBreach;
  const rows = await db
    .selectFrom('breach_notifications')
    .select(['breach_id', 'recipient', 'phase', 'sent_at'])
    .where('breach_id', 'in', [...breachIds])
    .orderBy('id')
    .execute();
  for (const row of rows) {
    byBreach.get(row.breach_id)?.push({
      recipient: row.recipient,
      phase: row.phase,
      sentAt: row.sent_at,
    });
  }
  return byBreach;
}
