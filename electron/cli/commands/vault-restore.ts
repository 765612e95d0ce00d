import { resolve } from 'node:path';
import { defaultActor } from '../../core/actor';
import { VaultSession } from '../../core/vault/vault-session';
import { UsageError, type Command } from '../command';
import { vaultSecret } from '../open-vault';
import { msg } from '../../core/i18n';

export const vaultRestore: Command = {
  path: ['vault', 'restore'],
  usage: 'vault restore BACKUP --to DIR [--replace] [--json]',
  options: { to: { type: 'string' }, replace: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: ['BACKUP'] },
  async run(ctx) {
    const to = ctx.values.to;
    if (typeof to !== 'string') throw new UsageError(msg('msg.cli.usage.restoreTo'));
    const from = resolve(ctx.positionals[0] as string);
    const session = new VaultSession({ dir: resolve(to), actor: defaultActor('cli') });
    const { method, secret } = await vaultSecret(ctx, ctx.text().t('msg.cli.prompt.backup'));
    const outcome = await session.restore(from, method, secret, ctx.values.replace === true);
    const x = ctx.text();
    ctx.print({ vault: session.files.dir, ...outcome }, [
      x.t('msg.cli.vault.restored', { from, dir: session.files.dir }),
      x.t('msg.cli.vault.events', { count: outcome.eventCount, head: outcome.headHash }),
      ...(outcome.previousVault ? [x.t('msg.cli.vault.keptAside', { path: outcome.previousVault })] : []),
    ]);
  },
};
