import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors';
import { syncFolder, writeFileAtomic } from '../vault/atomic-write';
import type { VaultFiles } from '../vault/vault-files';
import { vaultPresence } from '../vault/vault-state';
import { backupFiles, fileSha256, type BackupManifest } from './backup-manifest';
import { backupName } from './backup-name';
import { recordRestore } from './record-restore';
import { verifyVaultCopy } from './verify-vault-copy';
import { msg } from '../i18n';

export interface RestoreOutcome {
  /** Where the vault that was replaced now lives, or null when the folder held no vault. */
  previousVault: string | null;
  /** The restored chain's length and head, its `vault.restored` event included. */
  eventCount: number;
  headHash: string;
}

const RESTORE_STAGING_PREFIX = '.restore-staging-';
/** Written into staging once the copy is verified: the swap may start, and may be finished after a crash. */
const SWAP_PLAN = 'swap-plan.json';

/** The previous vault's files, moved aside whole (the WAL holds committed transactions too). */
function vaultFileNames(files: VaultFiles): string[] {
  return [files.database, `${files.database}-wal`, `${files.database}-shm`];
}

/** How a restore runs: whether it may replace a vault, when, and who does it (for the audit trail). */
export interface RestoreOptions {
  replace: boolean;
  now: Date;
  actor: string;
}

/** A restore staged up to its swap: the verified copy with its event, and the plan that lets a crash be finished. */
export interface StagedRestore {
  staging: string;
  previousVault: string | null;
  outcome: RestoreOutcome;
}

/**
 * Puts a backup in place of the vault in `files.dir`. The backup's database must match its
 * manifest's SHA-256; it is copied beside the vault under a staging name and that copy is
 * opened with `dataKey`, integrity-checked and its audit chain verified, all before anything
 * of the current vault is touched. The copy then records the `vault.restored` event itself
 * ({@link recordRestore}). A vault already there is replaced only when `replace` is
 * true, and is then moved into `vault-before-restore-…` in the same folder, never deleted.
 * The swap starts only once a plan is written beside the verified copy, and a crash midway
 * is finished from it the next time the folder is opened ({@link repairInterruptedRestore}),
 * with the same event in the vault as a restore that ran to the end.
 */
export async function restoreBackup(from: string, manifest: BackupManifest, files: VaultFiles, dataKey: Buffer, options: RestoreOptions): Promise<RestoreOutcome> {
  const staged = await stageRestore(from, manifest, files, dataKey, options);
  finishSwap(files, staged.staging, staged.previousVault);
  return staged.outcome;
}

/**
 * Everything of a restore before the swap: checks, the verified staged copy carrying its
 * `vault.restored` event, the folder for the previous vault, and the swap plan, written
 * last. A failure before the plan removes the staging folder and leaves the vault as it was.
 */
export async function stageRestore(from: string, manifest: BackupManifest, files: VaultFiles, dataKey: Buffer, options: RestoreOptions): Promise<StagedRestore> {
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
  let recorded;
  try {
    copyFileSync(source.database, staged.database);
    copyFileSync(source.header, staged.header);
    const verified = await verifyVaultCopy(staged.database, dataKey, manifest.vaultId);
    if (verified.headHash !== manifest.headHash || verified.eventCount !== manifest.eventCount) {
      throw new AppError('VAULT_CORRUPT', msg('msg.error.backup.chainMissing', { path: from }));
    }
    recorded = await recordRestore(staged.database, dataKey, manifest, { actor: options.actor, now: options.now, previousVaultKept: presence !== 'absent' });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  let previousVault: string | null = null;
  if (presence !== 'absent') {
    previousVault = join(files.dir, `vault-before-restore-${backupName(options.now).slice('dpo-desk-backup-'.length)}`);
    mkdirSync(previousVault, { mode: 0o700 });
  }
  fsyncFile(staged.database);
  fsyncFile(staged.header);
  // From here on the staged copy is verified and carries its event: the plan says so, and a crash is finished from it (see repairInterruptedRestore).
  writeFileAtomic(join(staging, SWAP_PLAN), JSON.stringify({ previousVault }));
  return { staging, previousVault, outcome: { previousVault, ...recorded } };
}

/**
 * The swap, written so that running it again after a crash at any step finishes it: while
 * the staged database is still in staging, whatever of the old vault's files remain are
 * moved aside (the WAL too: it must never meet the other database); then the staged
 * database moves in, then the old header aside and the staged header in, then staging goes.
 */
function finishSwap(files: VaultFiles, staging: string, previousVault: string | null): void {
  const staged = backupFiles(staging);
  if (existsSync(staged.database)) {
    for (const path of vaultFileNames(files)) {
      if (!existsSync(path)) continue;
      if (previousVault) renameSync(path, join(previousVault, basename(path)));
      else rmSync(path, { force: true });
    }
    renameSync(staged.database, files.database);
  }
  if (existsSync(staged.header)) {
    if (previousVault && existsSync(files.header)) renameSync(files.header, join(previousVault, 'vault.json'));
    renameSync(staged.header, files.header);
  }
  syncFolder(files.dir);
  rmSync(staging, { recursive: true, force: true });
}

const swapPlanSchema = z.object({ previousVault: z.string().min(1).nullable() }).strict();

/**
 * Run when a vault folder is opened: a restore that a crash interrupted during the swap
 * (its staging folder holds the plan written once the copy was verified) is finished, so
 * the folder holds the restored vault and the previous one sits complete in its
 * `vault-before-restore-…` folder; a staging folder without a plan (the crash came while
 * copying or verifying, before anything of the vault was touched) is removed.
 */
export function repairInterruptedRestore(files: VaultFiles): void {
  for (const name of listStaging(files.dir)) {
    const staging = join(files.dir, name);
    const planPath = join(staging, SWAP_PLAN);
    const plan = existsSync(planPath) ? swapPlanSchema.safeParse(readJson(planPath)) : null;
    if (plan?.success) {
      if (plan.data.previousVault) mkdirSync(plan.data.previousVault, { recursive: true, mode: 0o700 });
      finishSwap(files, staging, plan.data.previousVault);
    } else {
      rmSync(staging, { recursive: true, force: true });
    }
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function listStaging(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.startsWith(RESTORE_STAGING_PREFIX));
}
