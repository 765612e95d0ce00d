import { defaultActor } from '../../core/actor';
import { AppError } from '../../core/errors';
import { VaultSession } from '../../core/vault/vault-session';
import type { Command } from '../command';
import { PASSPHRASE_ENV } from '../open-vault';
import { msg } from '../../core/i18n';

const NEW_ENV = 'DPO_DESK_NEW_PASSPHRASE';

export const vaultChangePassphrase: Command = {
  path: ['vault', 'change-passphrase'],
  usage: 'vault change-passphrase --vault DIR',
  async run(ctx) {
    const session = new VaultSession({ dir: ctx.vaultDir(), actor: defaultActor('cli') });
    const current = await ctx.secret(PASSPHRASE_ENV, ctx.text().t('msg.cli.prompt.current'));
    const next = await ctx.secret(NEW_ENV, ctx.text().t('msg.cli.prompt.newPassphrase'));
    if (!ctx.env[NEW_ENV]) {
      const again = await ctx.secret('DPO_DESK_NEW_PASSPHRASE_CONFIRM', ctx.text().t('msg.cli.prompt.repeatNew'));
      if (again !== next) throw new AppError('VALIDATION', msg('msg.error.cli.newPassphrasesDiffer'));
    }
    await session.unlock('passphrase', current);
    try {
      await session.changePassphrase(current, next);
    } finally {
      await session.lock('user');
    }
    ctx.print({ changed: true }, ctx.text().t('msg.cli.vault.passphraseChanged'));
  },
};
