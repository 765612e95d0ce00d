import type { HandlersOf } from '../../shared/contract/define-channel';
import type { vaultChannels } from '../../shared/contract/vault';
import { renderRecoverySheet } from '../documents/recovery-sheet';
import { assessPassphrase } from '../vault/passphrase-strength';
import type { VaultSession } from '../vault/vault-session';

/** The vault's lifecycle over the one session: create, the recovery sheet, unlock, lock, new passphrases. */
export function vaultHandlers(session: VaultSession, now: () => Date): HandlersOf<typeof vaultChannels> {
  return {
    'vault.status': async () => session.status(),
    'vault.assessPassphrase': async ({ passphrase, language }) => assessPassphrase(passphrase, language),
    'vault.create': async ({ passphrase }) => {
      const { recoveryKey } = await session.create(passphrase);
      return { recoveryKey, status: session.status() };
    },
    'vault.recoverySheet': async ({ recoveryKey, language }) => {
      const header = await session.checkRecoveryKey(recoveryKey);
      const pdf = await renderRecoverySheet({
        recoveryKey,
        vaultId: header.vaultId,
        createdAt: header.createdAt,
        location: session.files.dir,
        language,
        printedAt: now(),
      });
      return { fileName: language === 'it' ? 'DPO-Desk-chiave-di-recupero.pdf' : 'DPO-Desk-recovery-key.pdf', mimeType: 'application/pdf', base64: pdf.toString('base64') };
    },
    'vault.unlock': async ({ method, secret }) => session.unlock(method, secret),
    'vault.lock': async () => session.lock('user'),
    'vault.changePassphrase': async ({ current, next }) => {
      await session.changePassphrase(current, next);
      return { changed: true };
    },
    'vault.resetPassphrase': async ({ recoveryKey, next }) => {
      await session.resetPassphrase(recoveryKey, next);
      return { changed: true };
    },
  };
}
