import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../../db/schema';
import type { addBreachNotificationSchema } from '../../../shared/breaches';
import { hoursBetween } from './breach-clock';
import { loadBreach, requireNotClosed } from './load-breach';
import { notificationIssues } from './notification-rules';
import { recordBreachEvent } from './record-breach-event';
import { recordedNotices } from './recorded-notices';
import { sha256Json } from '../../audit/text-hash';
import { throwIfIssues } from './throw-if-issues';

export type ParsedNotification = z.output<typeof addBreachNotificationSchema>;

/** A notice to the people recorded from a sent document, when the register does not hold how many were told. */
type SubjectsCountUnknown = Omit<Extract<ParsedNotification, { recipient: 'subjects' }>, 'recipientsCount'> & { recipientsCount: null };

/**
 * Records a notification: to the authority (in phases, with the reasons for any delay past
 * 72 hours), to the people (channel and how many), or a public communication (Art. 34(3)(c)).
 * Refused with the rule it breaks (see `notificationIssues`). Audited with the recipient,
 * phase, channel, time, count and lateness; what was sent, the reference, the reasons
 * for delay and what a later phase adds or corrects only as a hash.
 */
export async function addBreachNotification(db: Kysely<Database>, idOrReference: string, notice: ParsedNotification, actor: string, now: Date): Promise<string> {
  return db.transaction().execute(async (trx) => addBreachNotificationInTransaction(trx, idOrReference, notice, actor, now));
}

/** {@link addBreachNotification} inside a transaction the caller holds (recording a finalised notice as sent records it on the breach in the same one). */
export async function addBreachNotificationInTransaction(trx: Transaction<Database>, idOrReference: string, notice: ParsedNotification | SubjectsCountUnknown, actor: string, now: Date): Promise<string> {
  const row = await loadBreach(trx, idOrReference);
  requireNotClosed(row);
  const existing = (await recordedNotices(trx, [row.id])).get(row.id) ?? [];
  const phase = notice.recipient === 'authority' ? notice.phase : null;
  const delayReasons = notice.recipient === 'authority' ? (notice.delayReasons ?? null) : null;
  const adds = notice.recipient === 'authority' && notice.phase !== 'preliminary' ? (notice.adds ?? null) : null;
  throwIfIssues(
    notificationIssues(
      { recipient: notice.recipient, phase, sentAt: notice.sentAt, delayReasons, adds },
      { awareAt: row.aware_at, authorityDeadline: row.authority_deadline, existing, now },
    ),
  );
  const channel = notice.channel ?? null;
  const recipientsCount = notice.recipient === 'subjects' ? notice.recipientsCount : null;
  const reference = notice.reference ?? null;
  const { id } = await trx
    .insertInto('breach_notifications')
    .values({
      breach_id: row.id,
      recipient: notice.recipient,
      phase,
      sent_at: notice.sentAt,
      reference,
      channel,
      recipients_count: recipientsCount,
      summary: notice.summary,
      delay_reasons: delayReasons,
      adds,
      created_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.updateTable('breaches').set({ updated_at: now.toISOString() }).where('id', '=', row.id).execute();
  const late = notice.recipient === 'authority' && Date.parse(notice.sentAt) > Date.parse(row.authority_deadline);
  await recordBreachEvent(trx, {
    breachId: row.id,
    action: 'breach.notification-added',
    actor,
    at: now,
    facts: {
      notificationId: id,
      recipient: notice.recipient,
      phase,
      channel,
      sentAt: notice.sentAt,
      recipientsCount,
      hoursAfterAwareness: hoursBetween(Date.parse(row.aware_at), Date.parse(notice.sentAt)),
      late,
      textSha256: sha256Json(adds === null ? { summary: notice.summary, reference, delayReasons } : { summary: notice.summary, reference, delayReasons, adds }),
    },
  });
  return row.id;
}
