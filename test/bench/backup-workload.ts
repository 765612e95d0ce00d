import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { statSync } from 'node:fs';
import { openEncryptedDatabase } from '../../db/connection';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { seedRequests } from './request-seed';

/**
 * Backup and restore of a vault holding `rows` seeded requests: `backupMs` is the whole
 * verified backup (VACUUM INTO, integrity check, audit verify, checksum, rename);
 * `restoreMs` the whole restore (checksum, copy, verify, swap, audit event), which includes
 * one scrypt derivation of the passphrase (about half a second by design).
 */
export async function backupWorkload(dir: string, rows: number, passphrase: string): Promise<{ backupMs: number; restoreMs: number; databaseMb: number }> {
  const session = new VaultSession({ dir: join(dir, 'vault'), actor: 'bench' });
  await session.create(passphrase);
  await session.lock();
  const key = await unwrapDataKey(readVaultHeader(session.files.header), 'passphrase', passphrase);
  const raw = openEncryptedDatabase(session.files.database, key, { create: false });
  key.fill(0);
  const db = await seedRequests(raw, rows, '2026-11-30');
  await db.destroy();
  await session.unlock('passphrase', passphrase);
  let start = performance.now();
  const written = await session.backup(join(dir, 'backups'));
  const backupMs = performance.now() - start;
  await session.lock();
  start = performance.now();
  await session.restore(written.path, 'passphrase', passphrase, true);
  const restoreMs = performance.now() - start;
  return { backupMs, restoreMs, databaseMb: statSync(join(written.path, 'vault.db')).size / 1_048_576 };
}
