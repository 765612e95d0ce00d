import { join } from 'node:path';
import { openEncryptedDatabase } from '../../db/connection';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';

/**
 * Counts a vault's audit events from the outside, while another process or session uses it:
 * the data key is unwrapped once (one scrypt), and each count is a short read on a
 * connection of its own. Fuzz tests use it to prove that a refused call wrote nothing.
 */
export async function auditCounter(vaultDir: string, passphrase: string): Promise<{ count(): number; dispose(): void }> {
  const key = await unwrapDataKey(readVaultHeader(join(vaultDir, 'vault.json')), 'passphrase', passphrase);
  return {
    count() {
      const sqlite = openEncryptedDatabase(join(vaultDir, 'vault.db'), key, { create: false });
      try {
        return (sqlite.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
      } finally {
        sqlite.close();
      }
    },
    dispose: () => key.fill(0),
  };
}
