import { resolve } from 'node:path';
import { defaultActor } from '../../core/actor';
import { VaultSession } from '../../core/vault/vault-session';
import { UsageError, type Command } from '../command';
import { RECOVERY_KEY_ENV, PASSPHRASE_ENV, vaultSecret } from '../open-vault';

export const vaultRestore: Command = {
  path: ['vault', 'restore'],
  summary: 'Restore a backup into a vault folder, keeping any vault already there aside',
  usage: 'vault restore BACKUP --to DIR [--replace] [--json]',
  details: [
    `The backup opens with the passphrase (${PASSPHRASE_ENV}) or the recovery key (${RECOVERY_KEY_ENV})`,
    'that was in force when it was taken. It is checked (checksum, key, integrity check, audit chain)',
    'before anything is replaced. A vault already in DIR is replaced only with --replace, and is then',
    'moved into DIR/vault-before-restore-<date>, never deleted.',
  ],
  options: { to: { type: 'string' }, replace: { type: 'boolean' } },
  positionals: { min: 1, max: 1, names: ['BACKUP'] },
  async run(ctx) {
    const to = ctx.values.to;
    if (typeof to !== 'string') throw new UsageError('Give the vault folder to restore into with --to DIR');
    const from = resolve(ctx.positionals[0] as string);
    const session = new VaultSession({ dir: resolve(to), actor: defaultActor('cli') });
    const { method, secret } = await vaultSecret(ctx, 'Passphrase of the backup: ');
    const outcome = await session.restore(from, method, secret, ctx.values.replace === true);
    ctx.print({ vault: session.files.dir, ...outcome }, [
      `Restored ${from} into ${session.files.dir}`,
      `Audit events: ${outcome.eventCount}, head hash ${outcome.headHash}`,
      ...(outcome.previousVault ? [`The vault that was there is kept in ${outcome.previousVault}`] : []),
    ]);
  },
};
