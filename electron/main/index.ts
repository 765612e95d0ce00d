import { join } from 'node:path';
import { app, dialog, ipcMain, Menu, powerMonitor, session, shell, type BrowserWindow } from 'electron';
import { defaultActor } from '../core/actor';
import { createHandlers } from '../core/api/create-handlers';
import { createDispatch, type Dispatch } from '../core/api/dispatch';
import { defaultVaultDir } from '../core/vault/default-vault-dir';
import { buildMenuTemplate } from './app-menu';
import { registerAppSchemePrivileges, serveRendererFiles } from './app-protocol';
import { registerIpc } from './register-ipc';
import { startAppReminders } from './reminders-notification';
import { buildContentSecurityPolicy } from './security/content-security-policy';
import { guardAllWebContents, guardSession } from './security/install-guards';
import { resolveRendererSource } from './security/renderer-source';
import { createMainWindow } from './window';

/*
 * The main process: app lifecycle, one window, the menu, the security guards and the IPC
 * registration. The domain lives in electron/core; this file only wires it to Electron.
 */

const source = resolveRendererSource({ isPackaged: app.isPackaged, devServerUrl: process.env.ELECTRON_RENDERER_URL });
const dev = !app.isPackaged;
const outDir = join(import.meta.dirname, '..');

registerAppSchemePrivileges();
app.enableSandbox();
guardAllWebContents(app, shell, source.origin);

if (app.requestSingleInstanceLock()) {
  run();
} else {
  app.quit();
}

function run(): void {
  let mainWindow: BrowserWindow | null = null;
  let shutdown: (() => Promise<void>) | null = null;
  let quitting = false;

  const openWindow = (): void => {
    mainWindow = createMainWindow({ preloadPath: join(outDir, 'preload', 'index.cjs'), rendererUrl: source.url, devTools: dev });
    mainWindow.once('closed', () => {
      mainWindow = null;
    });
  };

  const onReady = (): void => {
    const contentSecurityPolicy = buildContentSecurityPolicy({ devServerOrigin: source.dev ? source.origin : null });
    guardSession(session.defaultSession, {
      trustedOrigin: source.origin,
      devServerOrigin: source.dev ? source.origin : null,
      contentSecurityPolicy,
    });
    if (!source.dev) serveRendererFiles(session.defaultSession.protocol, join(outDir, 'renderer'), contentSecurityPolicy);

    const registry = createHandlers({ vaultDir: defaultVaultDir(), appVersion: app.getVersion(), actor: defaultActor('app') });
    const dispatch = createDispatch(registry.handlers, registry.reportError);
    const unregisterIpc = registerIpc(ipcMain, dispatch, source.origin);
    const locale = app.getPreferredSystemLanguages()[0] ?? app.getLocale();
    const reminders = startAppReminders({ dispatch, vaultState: () => registry.session.status().state, locale, focus: () => mainWindow?.show() });
    shutdown = async () => {
      reminders.stop();
      unregisterIpc();
      await registry.dispose();
    };

    const lockVault = (): void => lock(dispatch);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          appName: app.getName(),
          platform: process.platform,
          dev,
          locale: app.getPreferredSystemLanguages()[0] ?? app.getLocale(),
          lockVault,
          showAbout: () => showAbout(mainWindow),
        }),
      ),
    );
    powerMonitor.on('lock-screen', lockVault);
    powerMonitor.on('suspend', lockVault);
    openWindow();
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
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
      dialog.showErrorBox('DPO Desk could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

/** Locks the vault from main (menu, OS screen lock, suspend); the renderer sees VAULT_LOCKED next. */
function lock(dispatch: Dispatch): void {
  dispatch('vault.lock', {})
    .then((result) => {
      if (!result.ok) console.error(`DPO Desk could not lock the vault: ${result.error.message}`);
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
