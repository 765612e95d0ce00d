import { z } from 'zod';

/** A folder path given for one backup or a restore: absolute, bounded, no NUL. */
const folderPath = z
  .string()
  .trim()
  .min(1, 'Enter a folder')
  .max(1024)
  .refine((path) => !path.includes('\0'), 'The path holds a NUL character');

export const backupRunSchema = z.object({ toDir: folderPath.optional() }).strict();

export const vaultRestoreSchema = z
  .object({
    from: folderPath,
    method: z.enum(['passphrase', 'recovery-key']),
    secret: z.string().min(1, 'Enter the secret').max(1024),
    /** The user's explicit confirmation that an existing vault may be replaced (it is kept aside). */
    replace: z.boolean(),
  })
  .strict();

/** The automatic-backup settings and the last good backup. */
export interface BackupStatus {
  folder: string | null;
  schedule: 'daily' | 'weekly';
  /** ISO instant of the last verified backup, or null when there was none. */
  lastGoodAt: string | null;
  /** True when a folder is set and the last good backup is older than the schedule. */
  due: boolean;
}

/** One verified backup just written. */
export interface BackupRun {
  name: string;
  path: string;
  takenAt: string;
  eventCount: number;
  headHash: string;
  bytes: number;
  removedByRotation: number;
}

/** A restore that replaced (or created) the vault. */
export interface RestoreResult {
  previousVault: string | null;
  eventCount: number;
  headHash: string;
}
