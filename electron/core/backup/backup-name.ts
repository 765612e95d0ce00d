/** Every backup folder starts with this; rotation and restore recognise backups by it. */
export const BACKUP_PREFIX = 'dpo-desk-backup-';

const NAME = /^dpo-desk-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/**
 * The folder name of a backup taken at `at`: the UTC date and time, so names sort in the
 * order the backups were taken and never depend on the machine's zone.
 * Example: `dpo-desk-backup-2026-12-02T185700Z`.
 */
export function backupName(at: Date): string {
  const iso = at.toISOString();
  return `${BACKUP_PREFIX}${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** When the backup named `name` was taken, or null when the name is not a backup's. */
export function backupTakenAt(name: string): Date | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  return Number.isNaN(at.getTime()) || backupName(at) !== name ? null : at;
}
