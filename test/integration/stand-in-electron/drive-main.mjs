/**
 * Runs a built DPO Desk main process (STAND_IN_MAIN, e.g. out/main/index.js) under the
 * stand-in `electron` module and walks it through startup, the app: protocol, IPC and
 * power events, then prints what happened as one JSON line after a marker. Started by
 * test/integration/main-process.test.ts with `node --import ./register.mjs`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';

const main = process.env.STAND_IN_MAIN;
if (!main) throw new Error('STAND_IN_MAIN is not set');
if (process.env.STAND_IN_RESOURCES) process.resourcesPath = process.env.STAND_IN_RESOURCES;
const passphrase = 'a long passphrase the Garante would approve 2026';

const ticks = async (n = 20) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

const result = {};
const { app, powerMonitor } = await import('electron');
const standIn = globalThis.standIn;
let loadError = null;
try {
  await import(pathToFileURL(main).href);
} catch (error) {
  loadError = error instanceof Error ? error.message : String(error);
}
result.loadError = loadError;
result.logBeforeReady = [...standIn.log];
app.makeReady();
await ticks();
result.log = [...standIn.log];
result.exitCode = standIn.exitCode;
result.dialogs = standIn.dialogs.slice();
result.privileges = standIn.privileges;
result.ipcChannels = [...standIn.ipcHandlers.keys()];

const window = standIn.windows[0];
if (window) {
  result.window = { options: { ...window.options, webPreferences: { ...window.options.webPreferences, preload: window.options.webPreferences.preload } }, urls: window.loadedUrls, visibleBeforePaint: window.isVisible() };
  result.preloadExists = (() => {
    try {
      readFileSync(window.options.webPreferences.preload);
      return true;
    } catch {
      return false;
    }
  })();
  // The built preload as a sandboxed renderer runs it: only `electron` to require, and the
  // window's additional arguments at the end of process.argv. What it exposes is reported.
  result.preloadBridge = (() => {
    const exposed = {};
    const electron = {
      contextBridge: { exposeInMainWorld: (key, value) => (exposed[key] = Object.keys(value).sort()) },
      ipcRenderer: { invoke: async () => undefined, on: () => undefined, removeListener: () => undefined },
    };
    const sandboxRequire = (name) => {
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    };
    const argv = ['/opt/dpo-desk/dpo-desk', '--type=renderer', ...(window.options.webPreferences.additionalArguments ?? [])];
    const module = { exports: {} };
    try {
      runInNewContext(readFileSync(window.options.webPreferences.preload, 'utf8'), { require: sandboxRequire, process: { argv }, module, exports: module.exports });
      return { exposed, error: null };
    } catch (error) {
      return { exposed, error: error instanceof Error ? error.message : String(error) };
    }
  })();

  // The app: protocol, as Chromium would call it.
  const handler = standIn.protocolHandlers.get('app');
  const fetchApp = async (url, method = 'GET') => {
    const response = await handler(new Request(url, { method }));
    const body = method === 'GET' && response.body ? Buffer.from(await response.arrayBuffer()) : Buffer.alloc(0);
    return { url, status: response.status, type: response.headers.get('content-type'), csp: response.headers.get('content-security-policy'), nosniff: response.headers.get('x-content-type-options'), body: body.toString('utf8', 0, 200), size: body.length };
  };
  const index = await fetchApp('app://dpo-desk/index.html');
  const assets = [...index.body.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]);
  const indexFull = handler ? Buffer.from(await (await handler(new Request('app://dpo-desk/index.html'))).arrayBuffer()).toString('utf8') : '';
  const allAssets = [...indexFull.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]);
  result.protocol = {
    index,
    assets: await Promise.all((allAssets.length ? allAssets : assets).map((asset) => fetchApp(`app://dpo-desk/${asset}`))),
    missing: await fetchApp('app://dpo-desk/assets/nothing-here.js'),
    traversal: await Promise.all(['app://dpo-desk/%2e%2e/%2e%2e/package.json', 'app://dpo-desk/assets/..%2f..%2f..%2fpackage.json', 'app://dpo-desk/..%5c..%5cpackage.json'].map((url) => fetchApp(url))),
    otherHost: await fetchApp('app://elsewhere/index.html'),
    post: await fetchApp('app://dpo-desk/index.html', 'POST'),
  };

  // IPC: the sender check, then channels end to end over a real vault.
  const invoke = (channel, input, frame) => standIn.ipcHandlers.get(channel)({ senderFrame: frame }, input);
  const trusted = { url: 'app://dpo-desk/index.html', parent: null };
  result.ipc = {
    foreignOrigin: await invoke('vault.status', {}, { url: 'https://example.com/', parent: null }),
    subframe: await invoke('vault.status', {}, { url: 'app://dpo-desk/index.html', parent: {} }),
    noFrame: await invoke('vault.status', {}, null),
    fileUrl: await invoke('vault.status', {}, { url: 'file:///etc/passwd', parent: null }),
    badInput: await invoke('vault.unlock', { method: 'guess', secret: '' }, trusted),
    info: await invoke('app.info', {}, trusted),
    statusBefore: await invoke('vault.status', {}, trusted),
  };
  const created = await invoke('vault.create', { passphrase }, trusted);
  result.ipc.create = { ok: created.ok, state: created.ok ? created.value.status.state : created.error };
  const sheet = created.ok ? await invoke('vault.recoverySheet', { recoveryKey: created.value.recoveryKey, language: 'it' }, trusted) : created;
  result.ipc.recoverySheet = { ok: sheet.ok, error: sheet.ok ? null : sheet.error, pdf: sheet.ok ? JSON.stringify(sheet.value).includes('JVBERi') || JSON.stringify(sheet.value).includes('%PDF') : false };

  // A lock started by main (suspend) is pushed to the window at once.
  powerMonitor.emit('suspend');
  await ticks();
  result.afterSuspend = { sent: window.webContents.sent.map((s) => s.channel), status: (await invoke('vault.status', {}, trusted)).value?.state };
  const unlocked = await invoke('vault.unlock', { method: 'passphrase', secret: passphrase }, trusted);
  result.ipc.unlock = unlocked.ok ? unlocked.value.state : unlocked.error;

  // The window never painted: a second launch must still show it.
  app.emit('second-instance', {}, [], '');
  result.visibleAfterSecondInstance = window.isVisible();

  // The renderer crashes: a dialog offers Reload (the stand-in answers the first button).
  window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
  await ticks();
  result.afterCrash = { reloads: window.reloads, dialogs: standIn.dialogs.length };

  // The system shuts down: main delays it and quits, which closes the vault first.
  let prevented = 0;
  const quitsBefore = standIn.quit;
  powerMonitor.emit('shutdown', { preventDefault: () => prevented++ });
  let willQuitPrevented = 0;
  app.emit('will-quit', { preventDefault: () => willQuitPrevented++ });
  await ticks(40);
  result.shutdown = { prevented, willQuitPrevented, quits: standIn.quit - quitsBefore, ipcHandlersLeft: standIn.ipcHandlers.size };
  window.emit('close');
  result.windowStateWritten = (() => {
    try {
      return JSON.parse(readFileSync(join(standIn.userData, 'window-state.json'), 'utf8'));
    } catch {
      return null;
    }
  })();
}
result.appUserModelId = standIn.appUserModelId;
result.mainDir = dirname(main);
process.stdout.write(`\nSTAND_IN_RESULT:${JSON.stringify(result)}\n`);
process.exit(0);
