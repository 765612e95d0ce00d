import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors';
import { msg } from '../i18n';

/** The files of a backup folder: the encrypted database, the vault header and this manifest. */
export function backupFiles(dir: string) {
  return { dir, database: join(dir, 'vault.db'), header: join(dir, 'vault.json'), manifest: join(dir, 'backup.json') };
}

/**
 * What a backup says about itself. It holds no personal data and no key: the database's
 * SHA-256 (so a damaged copy is noticed before anything is replaced), and the audit chain's
 * length and head hash at the time of the backup.
 */
export const backupManifestSchema = z
  .object({
    format: z.literal('dpo-desk-backup'),
    version: z.literal(1),
    vaultId: z.uuid(),
    takenAt: z.iso.datetime(),
    databaseSha256: z.string().regex(/^[0-9a-f]{64}$/),
    databaseBytes: z.number().int().min(0),
    eventCount: z.number().int().min(0),
    headHash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** The SHA-256 of a file, read in chunks so a large vault never sits in memory whole. */
export function fileSha256(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      hash.update(chunk.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** Reads and checks a backup's manifest; a clear VAULT_CORRUPT naming the folder otherwise. */
export function readBackupManifest(dir: string): BackupManifest {
  const files = backupFiles(dir);
  for (const path of [files.manifest, files.header, files.database]) {
    if (!existsSync(path)) throw new AppError('VAULT_CORRUPT', msg('msg.error.backup.incomplete', { dir, path }));
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(files.manifest, 'utf8'));
  } catch {
    throw new AppError('VAULT_CORRUPT', msg('msg.error.backup.manifestNotJson', { path: files.manifest }));
  }
  const parsed = backupManifestSchema.safeParse(json);
  if (!parsed.success) throw new AppError('VAULT_CORRUPT', msg('msg.error.backup.manifestInvalid', { path: files.manifest }));
  return parsed.data;
}
