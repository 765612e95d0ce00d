import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { statSync } from 'node:fs';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { seedAuditedVault } from './audited-request-seed';

/**
 * Backup and restore of a vault holding `rows` seeded requests written as the services
 * write them (one audit event per request, sealed with its case states; see
 * `seedAuditedVault`). `verifyMs` is `audit verify` (chain, checkpoint and every case's
 * state recomputed); `backupMs` the whole verified backup (VACUUM INTO, integrity check,
 * chain check, checksum, rename); `restoreMs` the whole restore (checksum, copy, verify,
 * swap, audit event), which includes one scrypt derivation of the passphrase (about half a
 * second by design).
 */
export async function backupWorkload(
  dir: string,
  rows: number,
  passphrase: string,
): Promise<{ seedMs: number; verifyMs: number; backupMs: number; restoreMs: number; databaseMb: number; auditEvents: number }> {
  const vaultDir = join(dir, 'vault');
  let start = performance.now();
  const auditEvents = await seedAuditedVault(vaultDir, passphrase, rows, '2026-11-30');
  const seedMs = performance.now() - start;
  const session = new VaultSession({ dir: vaultDir, actor: 'bench' });
  await session.unlock('passphrase', passphrase);
  start = performance.now();
  const verification = await session.verify();
  const verifyMs = performance.now() - start;
  if (!verification.ok) throw new Error(`the seeded vault does not verify: ${verification.firstBreak?.reason ?? JSON.stringify(verification.dataBreaks.slice(0, 3))}`);
  start = performance.now();
  const written = await session.backup(join(dir, 'backups'));
  const backupMs = performance.now() - start;
  await session.lock();
  start = performance.now();
  await session.restore(written.path, 'passphrase', passphrase, true);
  const restoreMs = performance.now() - start;
  return { seedMs, verifyMs, backupMs, restoreMs, databaseMb: statSync(join(written.path, 'vault.db')).size / 1_048_576, auditEvents };
}
