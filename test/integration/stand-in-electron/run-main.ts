import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project's root folder. */
export const projectRoot = resolve(import.meta.dirname, '..', '..', '..');

/** Builds the app with electron-vite unless out/ already holds a build (`npm test` builds first). */
export function ensureBuilt(): void {
  if (existsSync(join(projectRoot, 'out', 'main', 'index.js')) && existsSync(join(projectRoot, 'out', 'renderer', 'index.html'))) return;
  const build = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: projectRoot, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
}

/** What drive-main.mjs reports (see there); read by the tests field by field. */
export interface StandInReport {
  loadError: string | null;
  logBeforeReady: string[];
  log: string[];
  exitCode: number | null;
  dialogs: { kind: string; title?: string; content?: string; message?: string }[];
  privileges: { scheme: string; privileges: Record<string, boolean> }[];
  ipcChannels: string[];
  window?: { options: { width: number; height: number; minWidth: number; minHeight: number; show: boolean; icon?: string; webPreferences: Record<string, unknown> }; urls: string[]; visibleBeforePaint: boolean };
  preloadExists?: boolean;
  /** The built preload run as a sandbox would: the keys it exposed per global, or its error. */
  preloadBridge?: { exposed: Record<string, string[]>; error: string | null };
  protocol?: {
    index: ProtocolAnswer;
    assets: ProtocolAnswer[];
    missing: ProtocolAnswer;
    traversal: ProtocolAnswer[];
    otherHost: ProtocolAnswer;
    post: ProtocolAnswer;
  };
  ipc?: Record<string, unknown> & { create: { ok: boolean; state: unknown }; recoverySheet: { ok: boolean; error: unknown; pdf: boolean }; unlock: unknown };
  afterSuspend?: { sent: string[]; status: string };
  visibleAfterSecondInstance?: boolean;
  afterCrash?: { reloads: number; dialogs: number };
  shutdown?: { prevented: number; willQuitPrevented: number; quits: number; ipcHandlersLeft: number };
  windowStateWritten?: { bounds: { width: number; height: number }; maximized: boolean } | null;
  appUserModelId: string | null;
}

/** One app: protocol response as the driver saw it. */
export interface ProtocolAnswer {
  url: string;
  status: number;
  type: string | null;
  csp: string | null;
  nosniff: string | null;
  body: string;
  size: number;
}

/**
 * Runs a built main process (`mainPath`) under the stand-in `electron` module in a child
 * Node process, with its own temporary vault and user-data folders, and returns its report.
 * `resourcesPath` makes it a packaged app (`app.isPackaged`, `process.resourcesPath`).
 */
export function runMainUnderStandIn(mainPath: string, options: { resourcesPath?: string } = {}): { report: StandInReport; stderr: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'dpo-stand-in-'));
  const here = join(projectRoot, 'test', 'integration', 'stand-in-electron');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STAND_IN_MAIN: mainPath,
    STAND_IN_USER_DATA: scratch,
    DPO_DESK_VAULT: join(scratch, 'vault'),
    STAND_IN_PACKAGED: options.resourcesPath ? '1' : '0',
    STAND_IN_RESOURCES: options.resourcesPath ?? '',
  };
  delete env.ELECTRON_RENDERER_URL;
  delete env.DPO_DESK_ASSETS;
  const child = spawnSync(process.execPath, ['--import', join(here, 'register.mjs'), join(here, 'drive-main.mjs')], { cwd: scratch, env, encoding: 'utf8' });
  const line = child.stdout.split('\n').find((entry) => entry.startsWith('STAND_IN_RESULT:'));
  if (!line) throw new Error(`The stand-in run reported nothing (exit ${child.status}):\n${child.stdout}\n${child.stderr}`);
  return { report: JSON.parse(line.slice('STAND_IN_RESULT:'.length)) as StandInReport, stderr: child.stderr };
}
