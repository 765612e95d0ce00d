import { resolve } from 'node:path';
import { runBackup } from '../../core/backup/backup-service';
import { UsageError, type Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { msg } from '../../core/i18n';
import { inVaultLanguage } from '../cli-text';

export const vaultBackup: Command = {
  path: ['vault', 'backup'],
  usage: 'vault backup --to DIR --vault DIR [--json]',
  options: { to: { type: 'string' } },
  async run(ctx) {
    const to = ctx.values.to;
    if (to !== undefined && typeof to !== 'string') throw new UsageError(msg('msg.cli.usage.backupTo'));
    const run = await withUnlockedVault(ctx, (session) => inVaultLanguage(ctx, session.db(), () => runBackup(session, to === undefined ? undefined : resolve(to))));
    const x = ctx.text();
    ctx.print(run, [
      x.t('msg.cli.vault.backupWritten', { path: run.path }),
      x.t('msg.cli.vault.events', { count: run.eventCount, head: run.headHash }),
      ...(run.removedByRotation > 0 ? [x.t('msg.cli.vault.rotated', { count: run.removedByRotation })] : []),
    ]);
  },
};
