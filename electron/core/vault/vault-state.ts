import { existsSync } from 'node:fs';
import type { VaultFiles } from './vault-files';

/**
 * What is on disk: no vault yet, a complete vault, or half of one. Half a vault is never
 * treated as "no vault", so a new one is never created over the remains of an old one.
 */
export function vaultPresence(files: VaultFiles): 'absent' | 'present' | 'header-only' | 'database-only' {
  const header = existsSync(files.header);
  const database = existsSync(files.database);
  if (header && database) return 'present';
  if (header) return 'header-only';
  if (database) return 'database-only';
  return 'absent';
}
