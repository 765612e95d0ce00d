import type { calendarChannels } from '../../shared/contract/calendar';
import type { HandlersOf } from '../../shared/contract/define-channel';
import { calendarItems } from '../calendar/calendar-items';
import { exportDeadlinesIcs } from '../calendar/export-ics';
import type { VaultSession } from '../vault/vault-session';

/** The calendar of every deadline and its .ics export, over the vault session. */
export function calendarHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof calendarChannels> {
  return {
    'deadlines.calendar': async (query) => calendarItems(session.db(), query, now()),
    'deadlines.exportIcs': async (input) => exportDeadlinesIcs(session.db(), input, now()),
  };
}
