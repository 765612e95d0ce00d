import type { Handlers } from '../../shared/contract';
import { renderRecoverySheet } from '../documents/recovery-sheet';
import { listCountries } from '../reference/countries';
import { readSettings, updateSettings } from '../settings/settings-service';
import { assessPassphrase } from '../vault/passphrase-strength';
import { startBackupScheduler, type BackupScheduler } from '../backup/backup-scheduler';
import { logLevelFrom, logPathFor, RotatingLog } from '../logging/rotating-log';
import { backupHandlers } from './backup-handlers';
import type { ReportError } from './dispatch';
import { breachHandlers } from './breach-handlers';
import { clientHandlers } from './client-handlers';
import { dashboardHandlers } from './dashboard-handlers';
import { documentHandlers } from './document-handlers';
import { registerHandlers } from './register-handlers';
import { reportHandlers } from './report-handlers';
import { requestHandlers } from './request-handlers';
import { VaultSession } from '../vault/vault-session';

export interface HandlerOptions {
  vaultDir: string;
  appVersion: string;
  /** Who acts, for the audit trail. */
  actor: string;
  now?: () => Date;
  /** The environment, for DPO_DESK_LOG (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** The timer of the automatic backups (injectable so tests drive it). */
  setInterval?: (fn: () => void, ms: number) => { clear(): void };
}

/**
 * The API: one handler per channel, built from the core services over one vault session.
 * Both transports (Electron IPC, loopback HTTP) serve this same object through
 * `createDispatch`, which validates every input before a handler sees it. The automatic
 * backups run beside it, so they hold in the desktop app and in browser mode alike.
 */
export function createHandlers(options: HandlerOptions): {
  handlers: Handlers;
  session: VaultSession;
  backups: BackupScheduler;
  log: RotatingLog;
  reportError: ReportError;
  dispose(): Promise<void>;
} {
  const now = options.now ?? (() => new Date());
  const session = new VaultSession({ dir: options.vaultDir, actor: options.actor, now });

  const handlers: Handlers = {
    'app.info': async () => ({ name: 'DPO Desk', version: options.appVersion }),
    'reference.countries': async ({ language }) => listCountries(language),
    'vault.status': async () => session.status(),
    'vault.assessPassphrase': async ({ passphrase, language }) => assessPassphrase(passphrase, language),
    'vault.create': async ({ passphrase }) => {
      const { recoveryKey } = await session.create(passphrase);
      return { recoveryKey, status: session.status() };
    },
    'vault.recoverySheet': async ({ recoveryKey, language }) => {
      const header = await session.checkRecoveryKey(recoveryKey);
      const pdf = await renderRecoverySheet({
        recoveryKey,
        vaultId: header.vaultId,
        createdAt: header.createdAt,
        location: session.files.dir,
        language,
        printedAt: now(),
      });
      return { fileName: language === 'it' ? 'DPO-Desk-chiave-di-recupero.pdf' : 'DPO-Desk-recovery-key.pdf', mimeType: 'application/pdf', base64: pdf.toString('base64') };
    },
    'vault.unlock': async ({ method, secret }) => session.unlock(method, secret),
    'vault.lock': async () => session.lock('user'),
    'vault.changePassphrase': async ({ current, next }) => {
      await session.changePassphrase(current, next);
      return { changed: true };
    },
    'vault.resetPassphrase': async ({ recoveryKey, next }) => {
      await session.resetPassphrase(recoveryKey, next);
      return { changed: true };
    },
    'session.activity': async () => {
      session.touch();
      return { ok: true };
    },
    'settings.get': async () => readSettings(session.db()),
    'settings.update': async ({ changes }) => {
      const settings = await updateSettings(session.db(), changes, session.actor, now());
      if (changes['security.autoLockMinutes'] !== undefined) session.setAutoLockMinutes(settings['security.autoLockMinutes']);
      return settings;
    },
    ...backupHandlers(session, now),
    ...requestHandlers(session, now),
    ...breachHandlers(session, now),
    ...documentHandlers(session, now),
    ...reportHandlers(session, now),
    ...dashboardHandlers(session, now),
    ...registerHandlers(session, now),
    ...clientHandlers(session, now),
  };

  const log = new RotatingLog(logPathFor(options.vaultDir), { level: logLevelFrom(options.env ?? process.env) });
  const reportError: ReportError = (error, { channel, errorId }) => {
    const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : typeof error;
    log.write('error', 'api.internal', { channel, errorId, stack });
  };
  const backups = startBackupScheduler(session, {
    now,
    onFailure: (code) => log.write('warn', 'backup.automatic-failed', { code }),
    ...(options.setInterval ? { setInterval: options.setInterval } : {}),
  });
  return {
    handlers,
    session,
    backups,
    log,
    reportError,
    dispose: async () => {
      backups.stop();
      await session.lock('user');
    },
  };
}
