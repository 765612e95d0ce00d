import { expect } from 'vitest';
import { buildContentSecurityPolicy } from '../../../electron/main/security/content-security-policy';
import { channels } from '../../../electron/shared/channels';
import type { StandInReport } from './run-main';

/**
 * The checks every built main process must pass under the stand-in Electron, from the
 * checkout and from a packaged layout alike: startup order, the app: protocol (index,
 * assets with their MIME types, the CSP header, traversal and other hosts refused), the IPC
 * sender check, channels over a real vault with the native module and the fonts, the lock
 * pushed to the window, a second launch, a renderer crash and a system shutdown.
 */
export function expectHealthyMain(report: StandInReport): void {
  expect(report.loadError).toBeNull();
  expect(report.exitCode).toBeNull();
  expect(report.dialogs.filter((d) => d.kind === 'error')).toEqual([]);

  // Startup order: the scheme is privileged and the sandbox enabled before ready; the
  // session is guarded and app: served before the window loads anything.
  expect(report.logBeforeReady).toEqual(['protocol.registerSchemesAsPrivileged', 'app.enableSandbox', 'app.requestSingleInstanceLock', 'app.whenReady']);
  const at = (entry: string) => report.log.indexOf(entry);
  for (const guard of ['session.setPermissionRequestHandler', 'session.setPermissionCheckHandler', 'session.webRequest.onBeforeRequest', 'session.protocol.handle:app']) {
    expect(at(guard), guard).toBeGreaterThan(at('app.ready'));
    expect(at(guard), guard).toBeLessThan(at('BrowserWindow.new'));
  }
  expect(at('webContents.setWindowOpenHandler')).toBeGreaterThan(at('BrowserWindow.new'));
  expect(report.log.at(-1)).toBe('window.loadURL:app://dpo-desk/index.html');
  expect(report.privileges).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  expect(report.ipcChannels.sort()).toEqual([...channels].sort());

  // The window: hidden until painted, hardened, clamped to the stand-in's 1024×600 screen.
  const window = report.window;
  expect(window?.options).toMatchObject({ show: false, width: 1024, height: 600, minWidth: 960, minHeight: 600 });
  expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
  expect(window?.options.icon).toMatch(/assets[/\\]icons[/\\]png[/\\]512x512\.png$/);
  expect(report.preloadExists).toBe(true);
  // The preload, given the window's arguments, offers exactly the contract's channels (and requires nothing but electron).
  expect(report.preloadBridge?.error).toBeNull();
  expect(report.preloadBridge?.exposed.dpo).toEqual([...channels].sort());
  expect(report.preloadBridge?.exposed.dpoEvents).toEqual(['onOpenCase', 'onVaultLocked']);

  // The app: protocol.
  const csp = buildContentSecurityPolicy();
  const protocol = report.protocol;
  expect(protocol?.index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', csp, nosniff: 'nosniff' });
  expect(protocol?.index.body).toMatch(/^<!doctype html>/);
  const types = new Set(protocol?.assets.map((a) => `${a.status} ${a.type} ${a.csp === csp}`));
  expect(types).toEqual(new Set(['200 text/javascript; charset=utf-8 true', '200 text/css; charset=utf-8 true']));
  // Every asset is served with a body (the bundler's runtime chunk is a few hundred bytes, so no larger floor).
  expect(protocol?.assets.every((a) => a.size > 0)).toBe(true);
  expect(protocol?.missing.status).toBe(404);
  for (const attempt of protocol?.traversal ?? []) {
    expect([403, 404], attempt.url).toContain(attempt.status);
    expect(attempt.size, attempt.url).toBe(0);
  }
  expect(protocol?.traversal).toHaveLength(3);
  expect(protocol?.otherHost.status).toBe(403);
  expect(protocol?.post.status).toBe(405);

  // IPC: untrusted senders refused before parsing; trusted ones reach the real vault.
  const ipc = report.ipc;
  const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: 'This request did not come from the DPO Desk window and was refused.' } };
  expect([ipc?.foreignOrigin, ipc?.subframe, ipc?.noFrame, ipc?.fileUrl]).toEqual([forbidden, forbidden, forbidden, forbidden]);
  expect(ipc?.badInput).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  expect(ipc?.info).toEqual({ ok: true, value: { name: 'DPO Desk', version: '0.1.0' } });
  expect(ipc?.statusBefore).toMatchObject({ ok: true, value: { state: 'absent' } });
  expect(ipc?.create).toEqual({ ok: true, state: 'unlocked' });
  expect(ipc?.recoverySheet).toEqual({ ok: true, error: null, pdf: true });

  // A lock from main reaches the window at once; the vault unlocks again.
  expect(report.afterSuspend).toEqual({ sent: ['event:vault-locked'], status: 'locked' });
  expect(ipc?.unlock).toBe('unlocked');
  expect(report.window?.visibleBeforePaint).toBe(false);
  expect(report.visibleAfterSecondInstance).toBe(true);
  expect(report.afterCrash).toEqual({ reloads: 1, dialogs: 1 });

  // Shutdown: delayed, then the clean quit closes the vault and removes the IPC handlers.
  expect(report.shutdown).toEqual({ prevented: 1, willQuitPrevented: 1, quits: 2, ipcHandlersLeft: 0 });
  expect(report.windowStateWritten).toEqual({ bounds: { x: 0, y: 0, width: 1024, height: 600 }, maximized: false });
}
