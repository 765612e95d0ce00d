import { backupRunSchema, vaultRestoreSchema, type BackupRun, type BackupStatus, type RestoreResult } from '../backup';
import { channel, noInput } from './define-channel';

/** Backups: their status, back up now, and restore (offered on the unlock screen too). */
export const backupChannels = {
  'backup.status': channel(noInput).returns<BackupStatus>(),
  'backup.run': channel(backupRunSchema).returns<BackupRun>(),
  'vault.restore': channel(vaultRestoreSchema).returns<RestoreResult>(),
};
