import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, ipcMain, Menu, powerMonitor, session, shell, type BrowserWindow } from 'electron';
import { defaultActor } from '../core/actor';
import { createHandlers } from '../core/api/create-handlers';
import { createDispatch, type Dispatch } from '../core/api/dispatch';
import { watchFirstRead } from '../core/api/first-read';
import { isAppError } from '../core/errors';
import { renderText } from '../core/i18n';
import { requireNativeDatabase } from '../core/native-database';
import { defaultVaultDir } from '../core/vault/default-vault-dir';
import { eventChannels, type CaseTarget } from '../shared/api';
import { buildMenuTemplate } from './app-menu';
import { registerAppSchemePrivileges, serveRendererFiles } from './app-protocol';
import { registerIpc } from './register-ipc';
import { saveDialogDestinations } from './save-dialog-destinations';
import { startAppReminders } from './reminders-notification';
import { failureText, watchRendererFailures } from './renderer-failures';
import { watchScreenLock } from './screen-lock';
import { buildContentSecurityPolicy } from './security/content-security-policy';
import { guardAllWebContents, guardSession } from './security/install-guards';
import { resolveRendererSource } from './security/renderer-source';
import { createMainWindow } from './window';

/*
 * The main process: app lifecycle, one window, the menu, the security guards and the IPC
 * registration. The domain lives in electron/core; this file only wires it to Electron.
 */

/** Windows ties notifications and the taskbar to the Start-menu shortcut by this id (electron-builder's appId). */
const APP_USER_MODEL_ID = 'eu.dpodesk.app';

const source = resolveRendererSource({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });
const dev = !app.isPackaged;
const outDir = join(import.meta.dirname, '..');

if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
registerAppSchemePrivileges();
app.enableSandbox();
guardAllWebContents(app, shell, source.origin);

if (app.requestSingleInstanceLock()) {
  run();
} else {
  app.quit();
}

/** The window icon: beside the other assets in resources when packaged, in the checkout otherwise. */
function windowIconPath(): string | undefined {
  const base = app.isPackaged ? join(process.resourcesPath, 'assets') : join(outDir, '..', 'assets');
  const path = join(base, 'icons', 'png', '512x512.png');
  return existsSync(path) ? path : undefined;
}

/** The titles of the error box shown when the app cannot start, in the system's language. */
const STARTUP_TITLES = {
  en: { native: 'DPO Desk cannot open its encrypted database', other: 'DPO Desk could not start' },
  it: { native: 'DPO Desk non può aprire il suo database cifrato', other: 'DPO Desk non è riuscito ad avviarsi' },
} as const;

function systemLanguage(): 'en' | 'it' {
  return (app.getPreferredSystemLanguages()[0] ?? app.getLocale()).toLowerCase().startsWith('it') ? 'it' : 'en';
}

function run(): void {
  let mainWindow: BrowserWindow | null = null;
  let shutdown: (() => Promise<void>) | null = null;
  let quitting = false;

  const send = (channel: string, ...args: unknown[]): void => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, ...args);
  };
  const bringForward = (): void => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    // A window whose page never painted stays hidden until shown here (a second launch, a click).
    if (!mainWindow.isVisible()) mainWindow.show();
    mainWindow.focus();
  };

  const openWindow = (): void => {
    const window = createMainWindow({
      preloadPath: join(outDir, 'preload', 'index.cjs'),
      rendererUrl: source.url,
      devTools: dev,
      iconPath: windowIconPath(),
      statePath: join(app.getPath('userData'), 'window-state.json'),
    });
    mainWindow = window;
    watchRendererFailures(
      window,
      async (failure) => {
        const text = failureText(failure, systemLanguage());
        const answer = await dialog.showMessageBox(window, { type: 'error', title: text.title, message: text.message, buttons: text.buttons, defaultId: 0, cancelId: 1 });
        return answer.response === 0 ? 'reload' : 'quit';
      },
      () => app.quit(),
    );
    // Windows: log-off, restart or a forced shutdown end the session without will-quit.
    window.on('session-end', () => void shutdown?.());
    window.once('closed', () => {
      mainWindow = null;
    });
  };

  const onReady = (): void => {
    // The encrypted database module is loaded first: if it cannot load (an old C library,
    // a damaged install) the user is told what and where, before typing a passphrase.
    requireNativeDatabase();
    const contentSecurityPolicy = buildContentSecurityPolicy({ devServerOrigin: source.dev ? source.origin : null });
    guardSession(session.defaultSession, {
      trustedOrigin: source.origin,
      devServerOrigin: source.dev ? source.origin : null,
      contentSecurityPolicy,
    });
    if (!source.dev) serveRendererFiles(session.defaultSession.protocol, join(outDir, 'renderer'), contentSecurityPolicy);

    // A file the app writes itself (the audit report) goes where the person chooses in the save dialog, asked first; a set of files (the CSV registers) into a folder chosen once.
    const files = saveDialogDestinations(
      (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
      app.getPath('documents'),
      (options) => {
        const folderOptions = { ...options, properties: ['openDirectory' as const, 'createDirectory' as const, 'promptToCreate' as const] };
        return mainWindow ? dialog.showOpenDialog(mainWindow, folderOptions) : dialog.showOpenDialog(folderOptions);
      },
    );
    const registry = createHandlers({ vaultDir: defaultVaultDir(), appVersion: app.getVersion(), actor: defaultActor('app'), files });
    const dispatch = createDispatch(registry.handlers, registry.reportError);
    // The window's calls are watched for Today's first read after an unlock; the reminders wait for it.
    const watched = watchFirstRead(dispatch);
    const unregisterIpc = registerIpc(ipcMain, watched.dispatch, source.origin);
    const locale = app.getPreferredSystemLanguages()[0] ?? app.getLocale();
    const reminders = startAppReminders({
      dispatch,
      vaultState: () => registry.session.status().state,
      todayRead: watched.todayRead,
      locale,
      focus: bringForward,
      openCase: (target: CaseTarget) => send(eventChannels.openCase, target),
    });
    const lockVault = (): void => lock(watched.dispatch, () => send(eventChannels.vaultLocked));
    const screenLock = watchScreenLock({ platform: process.platform, powerMonitor, onLock: lockVault });
    shutdown = async () => {
      screenLock.stop();
      reminders.stop();
      unregisterIpc();
      await registry.dispose();
    };

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          appName: app.getName(),
          platform: process.platform,
          dev,
          locale,
          lockVault,
          showAbout: () => showAbout(mainWindow),
        }),
      ),
    );
    powerMonitor.on('suspend', lockVault);
    // Linux and macOS: the system is going down; delay it until the vault is closed. Electron
    // passes an event with preventDefault (its typings omit it).
    powerMonitor.on('shutdown', (...args: unknown[]) => {
      const event = args[0] as { preventDefault?: () => void } | undefined;
      event?.preventDefault?.();
      app.quit();
    });
    openWindow();
  };

  app.on('second-instance', bringForward);
  app.on('activate', () => {
    if (app.isReady() && shutdown && !mainWindow) openWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (quitting || !shutdown) return;
    event.preventDefault();
    quitting = true;
    setTimeout(() => app.exit(0), 5_000).unref();
    shutdown()
      .catch((error: unknown) => console.error('DPO Desk could not close the vault cleanly:', error))
      .finally(() => app.quit());
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('DPO Desk could not start:', error);
      const language = systemLanguage();
      const native = isAppError(error) && error.code === 'NATIVE_MODULE';
      const title = native ? STARTUP_TITLES[language].native : STARTUP_TITLES[language].other;
      const body = isAppError(error) && error.detail ? renderText(language, error.detail) : error instanceof Error ? error.message : String(error);
      dialog.showErrorBox(title, body);
      app.exit(1);
    });
}

/** Locks the vault from main (menu, screen lock, suspend) and tells the window at once, so no name stays on screen. */
function lock(dispatch: Dispatch, locked: () => void): void {
  dispatch('vault.lock', {})
    .then((result) => {
      if (result.ok) locked();
      else console.error(`DPO Desk could not lock the vault: ${result.error.message}`);
    })
    .catch((error: unknown) => console.error('DPO Desk could not lock the vault:', error));
}

function showAbout(parent: BrowserWindow | null): void {
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: 'An offline workstation for Data Protection Officers. Your cases stay in an encrypted vault on this computer.',
    buttons: ['OK'],
  };
  const shown = parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
  shown.catch((error: unknown) => console.error('DPO Desk could not show the About box:', error));
}
