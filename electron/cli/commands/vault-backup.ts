import { resolve } from 'node:path';
import { runBackup } from '../../core/backup/backup-service';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';

export const vaultBackup: Command = {
  path: ['vault', 'backup'],
  summary: 'Write a verified, encrypted backup of the vault into a folder',
  usage: 'vault backup --to DIR --vault DIR [--json]',
  details: [
    'Writes one folder named with the date and time (dpo-desk-backup-YYYY-MM-DDTHHMMSSZ) holding the',
    'encrypted database, the vault header and a manifest. The copy is consistent even while the app',
    'runs, is checked after writing (opens with the key, integrity check, audit chain) and is never',
    'plaintext on disk. It opens with the passphrase or recovery key in force today.',
    'Without --to, the backup folder of the settings (backup.folder) is used and rotated.',
  ],
  options: { to: { type: 'string' } },
  async run(ctx) {
    const to = ctx.values.to;
    if (to !== undefined && typeof to !== 'string') throw new UsageError('--to takes one folder');
    const run = await withUnlockedVault(ctx, (session) => runBackup(session, to === undefined ? undefined : resolve(to)));
    ctx.print(run, [
      `Backup written and verified: ${run.path}`,
      `Audit events: ${run.eventCount}, head hash ${run.headHash}`,
      ...(run.removedByRotation > 0 ? [`Older backups removed by rotation: ${run.removedByRotation}`] : []),
    ]);
  },
};
