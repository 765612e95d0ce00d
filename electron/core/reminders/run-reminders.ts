import type { Kysely } from 'kysely';
import { toJsonText } from '../../../db/json-text';
import type { Database } from '../../../db/schema';
import { upsertSetting } from '../../../db/repositories/settings-repo';
import type { CalendarItem } from '../../shared/calendar';
import type { ReminderRun } from '../../shared/reminders';
import { appendAuditEvent } from '../audit/append-audit-event';
import { nextTurn } from '../next-turn';
import { calendarItems } from '../calendar/calendar-items';
import { organisationToday } from '../calendar/organisation-today';
import { attentionCount, summaryCounts } from '../dashboard/summary-counts';
import { addDays } from '../deadlines';
import { readDeadlinePreferences } from './deadline-preferences';
import { insertNotifications, type NewNotification } from './notification-store';
import { planReminders, planSummary, type PlannedReminder, type ReminderItem } from './reminder-schedule';

/** The settings row holding the instant reminders first ran: what came due before is passed over. */
export const SINCE_KEY = 'deadlines.remindersSince';
/** Overdue reminders older than this many days are passed over. */
const OVERDUE_WINDOW_DAYS = 7;
/** The anonymous schedule a locked app keeps covers this many days ahead. */
const AHEAD_DAYS = 7;
const DAY_MS = 86_400_000;
/** Fired reminders recorded per INSERT (three values each, well under SQLite's limit on parameters). */
const INSERT_ROWS = 500;
/** Deadlines read per page; the window is read to its end, however many it holds. */
const READ_PAGE = 2000;
/** The window is read this many days at a time, yielding to waiting calls between slices. */
const SLICE_DAYS = 7;

/**
 * Every deadline of the window, read a week at a time (each week page by page) with a turn of
 * the event loop before each read: at 100,000 requests the window holds thousands, and one
 * read of them all held every screen back for a second or more.
 */
async function windowItems(db: Kysely<Database>, window: { from: string; to: string }, now: Date): Promise<CalendarItem[]> {
  const items: CalendarItem[] = [];
  for (let from = window.from; from <= window.to; from = addDays(from, SLICE_DAYS)) {
    const last = addDays(from, SLICE_DAYS - 1);
    const slice = { from, to: last < window.to ? last : window.to };
    for (let read = 0, more = true; more; ) {
      await nextTurn();
      const page = await calendarItems(db, { ...slice, offset: read, limit: READ_PAGE }, now);
      items.push(...page.items);
      read += page.items.length;
      more = page.truncated;
    }
  }
  return items;
}

function toReminderItem(item: CalendarItem): ReminderItem {
  return {
    key: item.id,
    kind: item.kind,
    caseType: item.caseType,
    caseId: item.caseId,
    reference: item.reference,
    label: item.title,
    deadline: item.instant ? { instant: item.instant } : { date: item.date },
  };
}

function notificationRow(reminder: PlannedReminder, firedAt: string): NewNotification {
  const { item } = reminder;
  return {
    reminder_id: reminder.id,
    kind: item.kind,
    lead: reminder.lead,
    case_type: item.caseType === 'register' ? null : item.caseType,
    case_id: item.caseId,
    reference: item.reference,
    label: item.label,
    deadline: 'date' in item.deadline ? item.deadline.date : item.deadline.instant,
    summary: null,
    fired_at: firedAt,
    read_at: null,
  };
}

/**
 * One run of the reminders over the vault at `now`: reads the deadlines near enough to
 * matter, plans them with the DPO's lead times, and in one transaction records every
 * reminder that came due as fired (so none fires twice, whoever runs next), adds the ones to
 * show and today's summary to the in-app list, and audits the count (and, on the first run,
 * the instant reminders start from). Returns what to show
 * (minus `alreadyShown`: reminders a locked app already announced without names), the
 * anonymous schedule ahead and the number of items that need attention.
 */
export async function runReminders(db: Kysely<Database>, now: Date, actor: string, alreadyShown: readonly string[] = []): Promise<ReminderRun> {
  const preferences = await readDeadlinePreferences(db);
  const { timeZone, today } = await organisationToday(db, now);
  const maxDays = Math.max(0, ...preferences.requestDays);
  const window = { from: addDays(today, -OVERDUE_WINDOW_DAYS - 1), to: addDays(today, maxDays + AHEAD_DAYS + 1) };
  const items = await windowItems(db, window, now);
  await nextTurn();
  const sinceRow = await db.selectFrom('settings').select('value').where('key', '=', SINCE_KEY).executeTakeFirst();
  const since = sinceRow ? new Date(JSON.parse(sinceRow.value) as string) : now;
  const recent = new Date(now.getTime() - (OVERDUE_WINDOW_DAYS + maxDays + AHEAD_DAYS + 30) * DAY_MS).toISOString();
  const fired = new Set((await db.selectFrom('reminders_fired').select('id').where('fired_at', '>=', recent).execute()).map((row) => row.id));
  const input = { items: items.map(toReminderItem), preferences, timeZone, now, fired, since, overdueWindowDays: OVERDUE_WINDOW_DAYS };
  const plan = planReminders(input);
  const summary = planSummary(today, input);
  await nextTurn();
  const counts = await summaryCounts(db, today, now);
  const firedAt = now.toISOString();
  await nextTurn();

  const added = await db.transaction().execute(async (trx) => {
    if (!sinceRow) {
      // The first run marks where reminders start; like every write it is audited, even when nothing fires.
      await upsertSetting(trx, SINCE_KEY, firedAt, firedAt);
      await appendAuditEvent(trx, { actor, action: 'reminders.started', entityType: 'reminders', data: { since: firedAt } }, now);
    }
    const records = [
      ...plan.due.map((r) => ({ id: r.id, case_id: r.item.caseId, fired_at: firedAt })),
      ...plan.superseded.map((r) => ({ id: r.id, case_id: r.item.caseId, fired_at: firedAt })),
      ...(summary.due ? [{ id: summary.due, case_id: null, fired_at: firedAt }] : []),
    ];
    for (let at = 0; at < records.length; at += INSERT_ROWS) {
      await trx.insertInto('reminders_fired').values(records.slice(at, at + INSERT_ROWS)).onConflict((oc) => oc.column('id').doNothing()).execute();
    }
    const rows = plan.due.map((r) => notificationRow(r, firedAt));
    if (summary.due) {
      rows.push({ reminder_id: summary.due, kind: 'summary', lead: 'summary', case_type: null, case_id: null, reference: null, label: null, deadline: today, summary: toJsonText(counts), fired_at: firedAt, read_at: null });
    }
    const inserted = await insertNotifications(trx, rows);
    if (records.length > 0) {
      await appendAuditEvent(trx, { actor, action: 'reminders.fired', entityType: 'reminders', data: { shown: inserted.length, passedOver: plan.superseded.length } }, now);
    }
    return inserted;
  });

  const skip = new Set(alreadyShown);
  const horizon = now.getTime() + AHEAD_DAYS * DAY_MS;
  return {
    today,
    timeZone,
    desktopNotifications: preferences.desktopNotifications,
    namesInNotifications: preferences.namesInNotifications,
    shown: added.filter((n) => !skip.has(n.reminderId)),
    upcoming: [...plan.upcoming.filter((r) => r.fireAt.getTime() <= horizon), { id: summary.next.id, fireAt: summary.next.fireAt }]
      .map((r) => ({ id: r.id, fireAt: r.fireAt.toISOString() }))
      .sort((a, b) => a.fireAt.localeCompare(b.fireAt)),
    attention: attentionCount(counts),
  };
}
