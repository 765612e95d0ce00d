import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import type { InAppNotification, NotificationPage, notificationListSchema } from '../../shared/notifications';
import { appendAuditEvent } from '../audit/append-audit-event';
import { parseJsonText } from '../../../db/json-text';

type Row = Database['notifications'];
/** A notification to add. */
export type NewNotification = Omit<Row, 'id'>;

/** A stored notification as the API shows it. */
export function toNotification(row: Omit<Row, 'id'> & { id: number }): InAppNotification {
  return {
    id: row.id,
    reminderId: row.reminder_id,
    kind: row.kind,
    lead: row.lead,
    caseType: row.case_type,
    caseId: row.case_id,
    reference: row.reference,
    label: row.label,
    deadline: row.deadline,
    firedAt: row.fired_at,
    read: row.read_at !== null,
    summary: row.summary ? parseJsonText(row.summary) : null,
  };
}

/** Adds notifications (a reminder id at most once) and returns them as stored. */
export async function insertNotifications(trx: Transaction<Database>, rows: readonly NewNotification[]): Promise<InAppNotification[]> {
  const added: InAppNotification[] = [];
  for (const row of rows) {
    const result = await trx.insertInto('notifications').values(row).onConflict((oc) => oc.column('reminder_id').doNothing()).returning('id').executeTakeFirst();
    if (result) added.push(toNotification({ ...row, id: result.id }));
  }
  return added;
}

/** How many notifications are unread. */
export async function countUnread(db: Kysely<Database>): Promise<number> {
  const { n } = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return n;
}

/** The notification list, newest first, with the unread count. */
export async function listNotifications(db: Kysely<Database>, query: z.output<typeof notificationListSchema>): Promise<NotificationPage> {
  let base = db.selectFrom('notifications');
  if (query.unreadOnly) base = base.where('read_at', 'is', null);
  const [{ total }, rows, unread] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    base.selectAll().orderBy('fired_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
    countUnread(db),
  ]);
  return { unread, total, rows: rows.map(toNotification) };
}

/** Marks some (or all) notifications read; audited with the count only. */
export async function markNotificationsRead(db: Kysely<Database>, input: { ids?: number[]; all?: boolean }, actor: string, now: Date): Promise<{ unread: number }> {
  await db.transaction().execute(async (trx) => {
    let update = trx.updateTable('notifications').set({ read_at: now.toISOString() }).where('read_at', 'is', null);
    if (!input.all) update = update.where('id', 'in', input.ids ?? []);
    const result = await update.executeTakeFirst();
    const count = Number(result.numUpdatedRows);
    if (count > 0) await appendAuditEvent(trx, { actor, action: 'notifications.read', entityType: 'notifications', data: { count } }, now);
  });
  return { unread: await countUnread(db) };
}
