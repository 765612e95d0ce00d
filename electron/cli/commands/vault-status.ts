import { vaultFiles } from '../../core/vault/vault-files';
import { readVaultHeader } from '../../core/vault/vault-header';
import { vaultPresence } from '../../core/vault/vault-state';
import { AppError } from '../../core/errors';
import type { Command } from '../command';
import { msg } from '../../core/i18n';

export const vaultStatus: Command = {
  path: ['vault', 'status'],
  usage: 'vault status --vault DIR [--json]',
  async run(ctx) {
    const files = vaultFiles(ctx.vaultDir());
    const presence = vaultPresence(files);
    if (presence === 'absent') {
      ctx.print({ vault: files.dir, state: 'absent' }, ctx.text().t('msg.cli.vault.absent', { dir: files.dir }));
      return;
    }
    if (presence !== 'present') {
      const missing = presence === 'header-only' ? files.database : files.header;
      throw new AppError('VAULT_CORRUPT', msg('msg.error.cli.vaultIncomplete', { dir: files.dir, path: missing }));
    }
    const header = readVaultHeader(files.header);
    const status = {
      vault: files.dir,
      state: 'locked',
      vaultId: header.vaultId,
      createdAt: header.createdAt,
      cipher: header.database.cipher,
      passphraseKdf: { name: header.passphrase.kdf, N: header.passphrase.N, r: header.passphrase.r, p: header.passphrase.p },
      recoveryKey: 'set',
    };
    const x = ctx.text();
    const label = (name: string) => x.t(`msg.cli.vault.label.${name}`).padEnd(12);
    ctx.print(status, [
      `${label('vault')}${files.dir}`,
      `${label('id')}${header.vaultId}`,
      `${label('created')}${x.instant(header.createdAt, null)}`,
      `${label('database')}${header.database.file}, ${header.database.cipher} (AES-256)`,
      `${label('passphrase')}scrypt N=${header.passphrase.N} r=${header.passphrase.r} p=${header.passphrase.p}`,
      `${label('recovery')}${x.t('msg.cli.vault.recoverySet')}`,
    ]);
  },
};
