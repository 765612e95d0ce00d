import { isAbsolute, resolve, sep } from 'node:path';
import type { BackupRun, BackupStatus } from '../../shared/backup';
import { AppError, fieldIssue } from '../errors';
import { readSettings } from '../settings/settings-service';
import type { VaultSession } from '../vault/vault-session';
import { lastGoodBackupAt } from './backup-record';
import { rotateBackups } from './rotate-backups';
import { msg } from '../i18n';

const PERIOD_MS = { daily: 24 * 3_600_000, weekly: 7 * 24 * 3_600_000 } as const;

/** The backup settings and the last good backup, with whether an automatic one is due. */
export async function backupStatus(session: VaultSession, now: Date): Promise<BackupStatus> {
  const db = session.db();
  const settings = await readSettings(db);
  const lastGoodAt = await lastGoodBackupAt(db);
  const folder = settings['backup.folder'];
  const schedule = settings['backup.schedule'];
  const overdue = lastGoodAt === null || now.getTime() - new Date(lastGoodAt).getTime() >= PERIOD_MS[schedule];
  return { folder, schedule, lastGoodAt, due: folder !== null && overdue };
}

/**
 * Backs up now into `toDir`, or into the backup folder of the settings when none is given.
 * Backups in the settings' folder are rotated afterwards (7 daily, 4 weekly, 12 monthly);
 * a folder given for one backup is left as it is.
 */
export async function runBackup(session: VaultSession, toDir: string | undefined): Promise<BackupRun> {
  const settings = await readSettings(session.db());
  const configured = settings['backup.folder'];
  const target = toDir ?? configured;
  if (!target) throw new AppError('VALIDATION', msg('msg.error.backup.noFolder'), [fieldIssue('backup.folder', msg('msg.error.backup.noFolder'))]);
  if (!isAbsolute(target)) throw new AppError('VALIDATION', msg('msg.error.backup.relativeFolder'), [fieldIssue('toDir', msg('msg.error.backup.fullPath'))]);
  const vault = resolve(session.files.dir);
  if (resolve(target) === vault || resolve(target).startsWith(vault + sep)) {
    throw new AppError('VALIDATION', msg('msg.error.backup.insideVault'));
  }
  const written = await session.backup(target);
  const rotated = configured && resolve(configured) === resolve(target) ? rotateBackups(target) : [];
  return {
    name: written.name,
    path: written.path,
    takenAt: written.manifest.takenAt,
    eventCount: written.manifest.eventCount,
    headHash: written.manifest.headHash,
    bytes: written.manifest.databaseBytes,
    removedByRotation: rotated.length,
  };
}

/**
 * The automatic backup: runs when the vault is unlocked, a folder is set and the last good
 * backup is older than the schedule. Never throws: a failure is returned so the scheduler
 * can report it (the folder may be a USB disk that is not plugged in).
 */
export async function runScheduledBackup(session: VaultSession, now: Date): Promise<{ ran: false; reason: 'locked' | 'not-due' } | { ran: true; backup: BackupRun } | { ran: false; reason: 'failed'; code: string }> {
  if (session.status().state !== 'unlocked') return { ran: false, reason: 'locked' };
  try {
    const status = await backupStatus(session, now);
    if (!status.due) return { ran: false, reason: 'not-due' };
    return { ran: true, backup: await runBackup(session, undefined) };
  } catch (error) {
    return { ran: false, reason: 'failed', code: error instanceof AppError ? error.code : 'INTERNAL' };
  }
}
