import type { HandlersOf } from '../../shared/contract/define-channel';
import type { reminderChannels } from '../../shared/contract/reminders';
import { readDeadlinePreferences, updateDeadlinePreferences } from '../reminders/deadline-preferences';
import { runReminders } from '../reminders/run-reminders';
import type { VaultSession } from '../vault/vault-session';

/** Reminders over the vault session: the DPO's preferences, and one run (main's timer calls it through the same dispatch). */
export function reminderHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof reminderChannels> {
  return {
    'deadlines.preferences': async () => readDeadlinePreferences(session.db()),
    'deadlines.updatePreferences': async ({ changes }) => updateDeadlinePreferences(session.db(), changes, session.actor, now()),
    'reminders.run': async ({ alreadyShown }) => runReminders(session.db(), now(), session.actor, alreadyShown),
  };
}
