import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { AppError } from '../errors';
import { syncFolder, writeFileAtomic } from '../vault/atomic-write';
import { backupName } from './backup-name';
import { backupFiles, fileSha256, type BackupManifest } from './backup-manifest';
import { verifyVaultCopy } from './verify-vault-copy';
import { msg } from '../i18n';

/** Where staged backups are built inside the destination; never mistaken for a finished one. */
export const BACKUP_STAGING_PREFIX = '.dpo-desk-backup-staging-';

export interface BackupSource {
  db: Kysely<Database>;
  dataKey: Buffer;
  vaultId: string;
  /** The vault's header file, copied as it is (it holds only wrapped keys). */
  headerPath: string;
}

export interface WrittenBackup {
  path: string;
  name: string;
  manifest: BackupManifest;
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a verified backup of an open vault into `toDir` as one folder named with the date
 * (`dpo-desk-backup-YYYY-MM-DDTHHMMSSZ`): the database copied by `VACUUM INTO` on the
 * encrypted connection (a consistent snapshot, committed WAL content included, encrypted
 * with the same key page by page, so no plaintext reaches the disk), the header, and a
 * manifest. The folder is built under a staging name, reopened with the key and checked
 * (integrity check, vault id, audit chain), fsynced, and only then renamed into place: a
 * crash leaves either no backup or a complete one, never a half-written one under a
 * backup's name. Stale staging folders of earlier crashes are removed first.
 */
export async function writeBackup(source: BackupSource, toDir: string, now: Date): Promise<WrittenBackup> {
  mkdirSync(toDir, { recursive: true, mode: 0o700 });
  removeStaleStaging(toDir);
  const name = backupName(now);
  const finalPath = join(toDir, name);
  if (existsSync(finalPath)) throw new AppError('CONFLICT', msg('msg.error.backup.nameTaken', { name, dir: toDir }));
  const stagingPath = join(toDir, `${BACKUP_STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
  mkdirSync(stagingPath, { mode: 0o700 });
  const files = backupFiles(stagingPath);
  try {
    await sql`VACUUM INTO ${files.database}`.execute(source.db);
    copyFileSync(source.headerPath, files.header);
    const verified = await verifyVaultCopy(files.database, source.dataKey, source.vaultId);
    fsyncFile(files.database);
    fsyncFile(files.header);
    const manifest: BackupManifest = {
      format: 'dpo-desk-backup',
      version: 1,
      vaultId: source.vaultId,
      takenAt: now.toISOString(),
      databaseSha256: fileSha256(files.database),
      databaseBytes: statSync(files.database).size,
      eventCount: verified.eventCount,
      headHash: verified.headHash,
    };
    writeFileAtomic(files.manifest, JSON.stringify(manifest, null, 2) + '\n');
    syncFolder(stagingPath);
    renameSync(stagingPath, finalPath);
    syncFolder(toDir);
    return { path: finalPath, name, manifest };
  } catch (error) {
    rmSync(stagingPath, { recursive: true, force: true });
    throw error;
  }
}

/** Removes staging folders a crashed backup left behind (they hold only encrypted pages). */
export function removeStaleStaging(toDir: string): void {
  for (const entry of readdirSync(toDir)) {
    if (entry.startsWith(BACKUP_STAGING_PREFIX)) rmSync(join(toDir, entry), { recursive: true, force: true });
  }
}
