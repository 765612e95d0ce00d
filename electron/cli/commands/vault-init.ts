import { defaultActor } from '../../core/actor';
import { AppError } from '../../core/errors';
import { VaultSession } from '../../core/vault/vault-session';
import type { Command } from '../command';
import { PASSPHRASE_ENV } from '../open-vault';
import { msg } from '../../core/i18n';

export const vaultInit: Command = {
  path: ['vault', 'init'],
  summary: 'Create a new encrypted vault and print its recovery key once',
  usage: 'vault init --vault DIR [--json]',
  details: [
    `The passphrase comes from ${PASSPHRASE_ENV}, or is asked twice on a terminal.`,
    'The recovery key is printed once: store it somewhere safe, away from the computer.',
    'An existing vault is never overwritten.',
  ],
  async run(ctx) {
    const session = new VaultSession({ dir: ctx.vaultDir(), actor: defaultActor('cli') });
    const fromEnv = ctx.env[PASSPHRASE_ENV];
    const passphrase = await ctx.secret(PASSPHRASE_ENV, 'New vault passphrase: ');
    if (!fromEnv) {
      const again = await ctx.secret('DPO_DESK_PASSPHRASE_CONFIRM', 'Repeat the passphrase: ');
      if (again !== passphrase) throw new AppError('VALIDATION', msg('msg.error.cli.passphrasesDiffer'));
    }
    const { recoveryKey } = await session.create(passphrase);
    await session.lock('user');
    ctx.print({ vault: session.files.dir, recoveryKey }, [
      `Created the vault in ${session.files.dir}`,
      '',
      `Recovery key: ${recoveryKey}`,
      '',
      'Write it down or print it now and keep it away from this computer. It is shown only once;',
      'it opens the vault if the passphrase is forgotten.',
    ]);
  },
};
