import { join } from 'node:path';

/** The files of a vault folder. */
export function vaultFiles(dir: string) {
  return {
    dir,
    header: join(dir, 'vault.json'),
    database: join(dir, 'vault.db'),
  };
}
export type VaultFiles = ReturnType<typeof vaultFiles>;
