import { defaultActor } from '../../core/actor';
import { AppError } from '../../core/errors';
import { VaultSession } from '../../core/vault/vault-session';
import type { Command } from '../command';
import { PASSPHRASE_ENV } from '../open-vault';
import { msg } from '../../core/i18n';

export const vaultInit: Command = {
  path: ['vault', 'init'],
  usage: 'vault init --vault DIR [--json]',
  async run(ctx) {
    const session = new VaultSession({ dir: ctx.vaultDir(), actor: defaultActor('cli') });
    const fromEnv = ctx.env[PASSPHRASE_ENV];
    const passphrase = await ctx.secret(PASSPHRASE_ENV, ctx.text().t('msg.cli.prompt.newVault'));
    if (!fromEnv) {
      const again = await ctx.secret('DPO_DESK_PASSPHRASE_CONFIRM', ctx.text().t('msg.cli.prompt.repeat'));
      if (again !== passphrase) throw new AppError('VALIDATION', msg('msg.error.cli.passphrasesDiffer'));
    }
    const { recoveryKey } = await session.create(passphrase);
    await session.lock('user');
    const x = ctx.text();
    ctx.print({ vault: session.files.dir, recoveryKey }, [
      x.t('msg.cli.vault.created', { dir: session.files.dir }),
      '',
      x.t('msg.cli.vault.recoveryKey', { key: recoveryKey }),
      '',
      x.t('msg.cli.vault.keepKey'),
    ]);
  },
};
