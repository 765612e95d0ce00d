import type { backupChannels } from '../../shared/contract/backup';
import type { HandlersOf } from '../../shared/contract/define-channel';
import { backupStatus, runBackup } from '../backup/backup-service';
import type { VaultSession } from '../vault/vault-session';

/** The backup part of the API: status, back up now, and restore (from the unlock screen). */
export function backupHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof backupChannels> {
  return {
    'backup.status': async () => backupStatus(session, now()),
    'backup.run': async ({ toDir }) => runBackup(session, toDir),
    'vault.restore': async ({ from, method, secret, replace }) => session.restore(from, method, secret, replace),
  };
}
