import type { VaultSession } from '../vault/vault-session';
import { runScheduledBackup } from './backup-service';

/** A running automatic-backup check. */
export interface BackupScheduler {
  /** One look: backs up when the vault is open and a backup is due. The timer calls it; tests call it directly. */
  tick(): Promise<Awaited<ReturnType<typeof runScheduledBackup>>>;
  stop(): void;
}

export interface BackupSchedulerOptions {
  now: () => Date;
  /** How often to look (default 5 minutes). */
  everyMs?: number;
  setInterval?: (fn: () => void, ms: number) => { clear(): void };
  /** Told about failed automatic backups by error code only (never a path or a name). */
  onFailure?: (code: string) => void;
}

function defaultInterval(fn: () => void, ms: number) {
  const handle = setInterval(fn, ms);
  handle.unref();
  return { clear: () => clearInterval(handle) };
}

/**
 * Automatic backups, in whichever process holds the vault session (the Electron main
 * process or the loopback server of browser mode), so the schedule holds in both. Looks
 * every few minutes; a backup runs only while the vault is unlocked, because it needs the
 * data key to verify the copy. Overlapping looks are skipped.
 */
export function startBackupScheduler(session: VaultSession, options: BackupSchedulerOptions): BackupScheduler {
  let running: Promise<Awaited<ReturnType<typeof runScheduledBackup>>> | null = null;
  const tick = async () => {
    if (running) return running;
    running = runScheduledBackup(session, options.now());
    try {
      const outcome = await running;
      if (!outcome.ran && outcome.reason === 'failed') options.onFailure?.(outcome.code);
      return outcome;
    } finally {
      running = null;
    }
  };
  const timer = (options.setInterval ?? defaultInterval)(() => void tick(), options.everyMs ?? 5 * 60_000);
  return { tick, stop: () => timer.clear() };
}
