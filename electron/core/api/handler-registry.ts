import type { Handlers } from '../../shared/contract';
import { TeamAwareSession } from '../team/team-aware-session';
import type { FileDestinations } from '../files/file-destinations';
import type { VaultSession } from '../vault/vault-session';
import { appHandlers } from './app-handlers';
import { backupHandlers } from './backup-handlers';
import { breachHandlers } from './breach-handlers';
import { calendarHandlers } from './calendar-handlers';
import { clientHandlers } from './client-handlers';
import { dashboardHandlers } from './dashboard-handlers';
import { documentHandlers } from './document-handlers';
import { notificationHandlers } from './notification-handlers';
import { registerHandlers } from './register-handlers';
import { reminderHandlers } from './reminder-handlers';
import { reportHandlers } from './report-handlers';
import { requestHandlers } from './request-handlers';
import { retentionHandlers } from './retention-handlers';
import { teamHandlers } from './team-handlers';
import { vaultHandlers } from './vault-handlers';

/**
 * The API as one object: each area's handlers over one vault session. The type `Handlers`
 * (derived from the contract) makes a channel without a handler a compile error. The app,
 * browser mode and the CLI all dispatch through this same registry; `files` is the transport's
 * answer to where a file the app writes itself goes (the save dialog, a staged download).
 */
export function handlerRegistry(session: VaultSession, now: () => Date, appVersion: string, files: FileDestinations): Handlers {
  return {
    ...appHandlers(session, now, appVersion),
    ...vaultHandlers(session, now),
    ...backupHandlers(session, now),
    ...requestHandlers(session, now),
    ...breachHandlers(session, now),
    ...documentHandlers(session, now),
    ...reportHandlers(session, now, files),
    ...dashboardHandlers(session, now),
    ...calendarHandlers(session, now),
    ...reminderHandlers(session, now),
    ...notificationHandlers(session, now),
    ...retentionHandlers(session, now),
    ...registerHandlers(session, now),
    ...clientHandlers(session, now),
    ...teamHandlers(session instanceof TeamAwareSession ? session : null),
  };
}
