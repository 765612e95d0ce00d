import { defaultActor } from '../../core/actor';
import { AppError } from '../../core/errors';
import { VaultSession } from '../../core/vault/vault-session';
import type { Command } from '../command';
import { PASSPHRASE_ENV } from '../open-vault';
import { msg } from '../../core/i18n';

const NEW_ENV = 'DPO_DESK_NEW_PASSPHRASE';

export const vaultChangePassphrase: Command = {
  path: ['vault', 'change-passphrase'],
  summary: 'Change the vault passphrase (the database is not rewritten)',
  usage: 'vault change-passphrase --vault DIR',
  details: [`The current passphrase comes from ${PASSPHRASE_ENV} and the new one from ${NEW_ENV}, or both are asked on a terminal.`],
  async run(ctx) {
    const session = new VaultSession({ dir: ctx.vaultDir(), actor: defaultActor('cli') });
    const current = await ctx.secret(PASSPHRASE_ENV, 'Current passphrase: ');
    const next = await ctx.secret(NEW_ENV, 'New passphrase: ');
    if (!ctx.env[NEW_ENV]) {
      const again = await ctx.secret('DPO_DESK_NEW_PASSPHRASE_CONFIRM', 'Repeat the new passphrase: ');
      if (again !== next) throw new AppError('VALIDATION', msg('msg.error.cli.newPassphrasesDiffer'));
    }
    await session.unlock('passphrase', current);
    try {
      await session.changePassphrase(current, next);
    } finally {
      await session.lock('user');
    }
    ctx.print({ changed: true }, 'Passphrase changed. The recovery key stays the same.');
  },
};
