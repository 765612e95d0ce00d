import { vaultFiles } from '../../core/vault/vault-files';
import { readVaultHeader } from '../../core/vault/vault-header';
import { vaultPresence } from '../../core/vault/vault-state';
import { AppError } from '../../core/errors';
import type { Command } from '../command';
import { msg } from '../../core/i18n';

export const vaultStatus: Command = {
  path: ['vault', 'status'],
  summary: 'Show where the vault is and how it is protected (no passphrase needed)',
  usage: 'vault status --vault DIR [--json]',
  async run(ctx) {
    const files = vaultFiles(ctx.vaultDir());
    const presence = vaultPresence(files);
    if (presence === 'absent') {
      ctx.print({ vault: files.dir, state: 'absent' }, `No vault in ${files.dir} yet. Create one with: vault init`);
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
    ctx.print(status, [
      `Vault:      ${files.dir}`,
      `Vault id:   ${header.vaultId}`,
      `Created:    ${header.createdAt}`,
      `Database:   ${header.database.file}, ${header.database.cipher} (AES-256)`,
      `Passphrase: scrypt N=${header.passphrase.N} r=${header.passphrase.r} p=${header.passphrase.p}`,
      'Recovery:   a recovery key is set',
    ]);
  },
};
