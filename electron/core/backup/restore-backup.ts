import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import { syncFolder } from '../vault/atomic-write';
import type { VaultFiles } from '../vault/vault-files';
import { vaultPresence } from '../vault/vault-state';
import { backupFiles, fileSha256, type BackupManifest } from './backup-manifest';
import { backupName } from './backup-name';
import { verifyVaultCopy } from './verify-vault-copy';
import { msg } from '../i18n';

export interface RestoreOutcome {
  /** Where the vault that was replaced now lives, or null when the folder held no vault. */
  previousVault: string | null;
  eventCount: number;
  headHash: string;
}

const RESTORE_STAGING_PREFIX = '.restore-staging-';

/** The previous vault's files, moved aside whole (the WAL holds committed transactions too). */
function vaultFileNames(files: VaultFiles): string[] {
  return [files.database, `${files.database}-wal`, `${files.database}-shm`];
}

/**
 * Puts a backup in place of the vault in `files.dir`. The backup's database must match its
 * manifest's SHA-256; it is copied beside the vault under a staging name and that copy is
 * opened with `dataKey`, integrity-checked and its audit chain verified, all before anything
 * of the current vault is touched. A vault already there is replaced only when `replace` is
 * true, and is then moved into `vault-before-restore-…` in the same folder, never deleted.
 * The swap moves the database first and the header last, so a crash midway leaves a
 * folder that refuses to open (header and database disagree) rather than one that looks empty.
 */
export async function restoreBackup(
  from: string,
  manifest: BackupManifest,
  files: VaultFiles,
  dataKey: Buffer,
  options: { replace: boolean; now: Date },
): Promise<RestoreOutcome> {
  const source = backupFiles(from);
  if (fileSha256(source.database) !== manifest.databaseSha256) {
    throw new AppError('VAULT_CORRUPT', msg('msg.error.backup.checksum', { path: from }));
  }
  const presence = vaultPresence(files);
  if (presence !== 'absent' && !options.replace) {
    throw new AppError('CONFLICT', msg('msg.error.backup.replaceConfirm', { dir: files.dir }));
  }
  mkdirSync(files.dir, { recursive: true, mode: 0o700 });
  for (const name of listStaging(files.dir)) rmSync(join(files.dir, name), { recursive: true, force: true });
  const staging = join(files.dir, `${RESTORE_STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
  mkdirSync(staging, { mode: 0o700 });
  const staged = backupFiles(staging);
  let verified;
  try {
    copyFileSync(source.database, staged.database);
    copyFileSync(source.header, staged.header);
    verified = await verifyVaultCopy(staged.database, dataKey, manifest.vaultId);
    if (verified.headHash !== manifest.headHash || verified.eventCount !== manifest.eventCount) {
      throw new AppError('VAULT_CORRUPT', msg('msg.error.backup.chainMissing', { path: from }));
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  let previousVault: string | null = null;
  if (presence !== 'absent') {
    previousVault = join(files.dir, `vault-before-restore-${backupName(options.now).slice('dpo-desk-backup-'.length)}`);
    mkdirSync(previousVault, { mode: 0o700 });
    for (const path of vaultFileNames(files)) {
      if (existsSync(path)) renameSync(path, join(previousVault, path.slice(files.dir.length + 1)));
    }
  }
  renameSync(staged.database, files.database);
  if (previousVault && existsSync(files.header)) renameSync(files.header, join(previousVault, 'vault.json'));
  renameSync(staged.header, files.header);
  syncFolder(files.dir);
  rmSync(staging, { recursive: true, force: true });
  return { previousVault, eventCount: verified.eventCount, headHash: verified.headHash };
}

function listStaging(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.startsWith(RESTORE_STAGING_PREFIX));
}
