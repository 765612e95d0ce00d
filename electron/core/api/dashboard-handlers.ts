import type { Handlers } from '../../shared/contract';
import { calendarItems } from '../calendar/calendar-items';
import { exportDeadlinesIcs } from '../calendar/export-ics';
import { organisationToday } from '../calendar/organisation-today';
import { getDashboard } from '../dashboard/build-dashboard';
import { readDeadlinePreferences, updateDeadlinePreferences } from '../reminders/deadline-preferences';
import { listNotifications, markNotificationsRead } from '../reminders/notification-store';
import { runReminders } from '../reminders/run-reminders';
import { deleteClosedCases } from '../retention/delete-closed-cases';
import { retentionProposals } from '../retention/retention-proposals';
import { deleteRetentionRule, listRetentionRules, markRuleReviewed, saveRetentionRule } from '../retention/retention-rules';
import type { VaultSession } from '../vault/vault-session';

type DashboardChannels =
  | 'dashboard.get'
  | 'deadlines.calendar'
  | 'deadlines.exportIcs'
  | 'deadlines.preferences'
  | 'deadlines.updatePreferences'
  | 'reminders.run'
  | 'notifications.list'
  | 'notifications.markRead'
  | 'retention.rules'
  | 'retention.saveRule'
  | 'retention.deleteRule'
  | 'retention.markReviewed'
  | 'retention.proposals'
  | 'retention.deleteCases';

/**
 * Deadline tracking over the vault session: the dashboard, the calendar and its .ics export,
 * reminders (run by main's timer through this same registry) with the in-app notification
 * list, the reminder preferences, and the retention register with the vault's own retention.
 */
export function dashboardHandlers(session: VaultSession, now: () => Date): Pick<Handlers, DashboardChannels> {
  const today = async () => (await organisationToday(session.db(), now())).today;
  return {
    'dashboard.get': async () => getDashboard(session.db(), now()),
    'deadlines.calendar': async (query) => calendarItems(session.db(), query, now()),
    'deadlines.exportIcs': async (input) => exportDeadlinesIcs(session.db(), input, now()),
    'deadlines.preferences': async () => readDeadlinePreferences(session.db()),
    'deadlines.updatePreferences': async ({ changes }) => updateDeadlinePreferences(session.db(), changes, session.actor, now()),
    'reminders.run': async ({ alreadyShown }) => runReminders(session.db(), now(), session.actor, alreadyShown),
    'notifications.list': async (query) => listNotifications(session.db(), query),
    'notifications.markRead': async (input) => markNotificationsRead(session.db(), input, session.actor, now()),
    'retention.rules': async () => listRetentionRules(session.db()),
    'retention.saveRule': async ({ id, rule }) => {
      await saveRetentionRule(session.db(), id, rule, await today(), session.actor, now());
      return listRetentionRules(session.db());
    },
    'retention.deleteRule': async ({ id }) => {
      await deleteRetentionRule(session.db(), id, session.actor, now());
      return listRetentionRules(session.db());
    },
    'retention.markReviewed': async ({ id, on }) => {
      await markRuleReviewed(session.db(), id, on ?? (await today()), session.actor, now());
      return listRetentionRules(session.db());
    },
    'retention.proposals': async () => retentionProposals(session.db(), now()),
    'retention.deleteCases': async (input) => deleteClosedCases(session.db(), input, session.actor, now()),
  };
}
