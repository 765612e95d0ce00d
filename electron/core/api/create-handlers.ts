import { dirname, join } from 'node:path';
import type { Handlers } from '../../shared/contract';
import { startBackupScheduler, type BackupScheduler } from '../backup/backup-scheduler';
import { logLevelFrom, logPathFor, RotatingLog } from '../logging/rotating-log';
import { TeamAwareSession } from '../team/team-aware-session';
import { withTeamWorkErrors } from '../team/team-work-errors';
import type { FileDestinations } from '../files/file-destinations';
import { folderDestinations } from '../files/folder-destinations';
import type { ReportError } from './dispatch';
import { handlerRegistry } from './handler-registry';

export interface HandlerOptions {
  vaultDir: string;
  appVersion: string;
  /** Who acts, for the audit trail (in team mode, the signed-in member instead). */
  actor: string;
  /** The app's local choice of team server; by default `team-server.json` beside the vault folder. */
  teamConfigPath?: string;
  now?: () => Date;
  /**
   * Where the files the app writes itself go: the desktop app's save dialog, browser mode's
   * staged downloads; by default a `reports` folder beside the vault folder (tools, tests).
   */
  files?: FileDestinations;
  /** The environment, for DPO_DESK_LOG (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** The timer of the automatic backups (injectable so tests drive it). */
  setInterval?: (fn: () => void, ms: number) => { clear(): void };
}

/**
 * The API: one handler per channel, built from the core services over one vault session.
 * In team mode the session works on the team database a member signed in to, and the
 * server's refusals (a role's missing grant, a table not there yet) come back said plainly.
 * Both transports (Electron IPC, loopback HTTP) serve this same object through
 * `createDispatch`, which validates every input before a handler sees it. The automatic
 * backups run beside it, so they hold in the desktop app and in browser mode alike.
 */
export function createHandlers(options: HandlerOptions): {
  handlers: Handlers;
  session: TeamAwareSession;
  backups: BackupScheduler;
  log: RotatingLog;
  reportError: ReportError;
  dispose(): Promise<void>;
} {
  const now = options.now ?? (() => new Date());
  const session = new TeamAwareSession({
    dir: options.vaultDir,
    actor: options.actor,
    now,
    teamConfigPath: options.teamConfigPath ?? join(dirname(options.vaultDir), 'team-server.json'),
    env: options.env ?? process.env,
  });

  const handlers = withTeamWorkErrors(handlerRegistry(session, now, options.appVersion, options.files ?? folderDestinations(join(dirname(options.vaultDir), 'reports'))), { signedIn: () => session.member() });

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
