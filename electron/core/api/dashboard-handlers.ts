import type { dashboardChannels } from '../../shared/contract/dashboard';
import type { HandlersOf } from '../../shared/contract/define-channel';
import { getDashboard } from '../dashboard/build-dashboard';
import type { VaultSession } from '../vault/vault-session';

/** The morning dashboard over the vault session. */
export function dashboardHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof dashboardChannels> {
  return {
    'dashboard.get': async () => getDashboard(session.db(), now()),
  };
}
