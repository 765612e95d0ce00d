import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import { channels } from '../../electron/shared/channels';

/*
 * Smoke test of the real desktop app: runs where an Electron binary exists, and is skipped
 * with a printed reason where it does not. It never imports `electron` (whose index.js
 * downloads the binary on first use) and always hands Playwright an explicit
 * executablePath, so loading this file never starts a download.
 */

const projectRoot = resolve(import.meta.dirname, '..', '..');

type Located = { ok: true; path: string } | { ok: false; reason: string };

/** Finds the Electron executable the way node_modules/electron/index.js does, minus the download. */
function locateElectronBinary(): Located {
  const electronDir = dirname(createRequire(join(projectRoot, 'package.json')).resolve('electron/package.json'));
  const pathFile = join(electronDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (!override && relative === null) {
    return { ok: false, reason: `${pathFile} is missing, so the Electron binary was never downloaded` };
  }
  const executable = override ? join(override, relative ?? 'electron') : join(electronDir, 'dist', relative ?? 'electron');
  if (!existsSync(executable)) return { ok: false, reason: `there is no executable at ${executable}` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'no display to open a window on (run the tests under xvfb-run)' };
  }
  return { ok: true, path: executable };
}

test.describe('the Electron app', () => {
  test('opens its hardened window on the create-vault screen, loads the native module and creates a vault', async () => {
    const binary = locateElectronBinary();
    if (!binary.ok) {
      const reason = `Electron binary not available on this machine: ${binary.reason}.`;
      console.log(reason);
      test.skip(true, reason);
      return;
    }
    expect(existsSync(join(projectRoot, 'out', 'main', 'index.js')), 'build the app first: npm run build').toBe(true);

    const scratch = mkdtempSync(join(tmpdir(), 'dpo-desk-electron-'));
    const vaultDir = join(scratch, 'vault');
    const userDataDir = join(scratch, 'user-data');
    const dropped = new Set(['ELECTRON_RENDERER_URL', 'ELECTRON_RUN_AS_NODE']);
    const inherited = Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !dropped.has(entry[0]));
    const env = { ...Object.fromEntries(inherited), DPO_DESK_VAULT: vaultDir };
    // Chromium refuses to start as root with its OS sandbox on; CI containers run as root.
    const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    const app = await _electron.launch({
      executablePath: binary.path,
      // Its own user-data folder: no window state, cache or lock of a real install is touched.
      args: [...rootOnly, '--lang=en-US', `--user-data-dir=${userDataDir}`, projectRoot],
      cwd: projectRoot,
      env,
    });
    const consoleErrors: string[] = [];
    app.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`main: ${message.text()}`);
    });
    try {
      const page = await app.firstWindow();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`window: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`window: ${error.message}`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/create|unlock/i);

      const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
      expect(title).toContain('DPO Desk');
      expect(page.url()).toBe('app://dpo-desk/index.html');

      const bridge = await page.evaluate(() => {
        const scope = globalThis as unknown as { dpo?: object; require?: unknown; process?: unknown; open(url: string): unknown };
        return {
          keys: Object.keys(scope.dpo ?? {}).sort(),
          nodeGlobals: [typeof scope.require, typeof scope.process],
          popup: scope.open('app://dpo-desk/index.html') === null,
        };
      });
      expect(bridge.keys).toEqual([...channels].sort());
      expect(bridge.nodeGlobals).toEqual(['undefined', 'undefined']);
      expect(bridge.popup).toBe(true);

      // The native SQLite module loads inside Electron: a vault is created and opened.
      const created = await page.evaluate(async () => {
        const api = (globalThis as unknown as { dpo: Record<string, (input: unknown) => Promise<{ ok: boolean; value?: { status?: { state?: string } } }>> }).dpo;
        const result = await api['vault.create']?.({ passphrase: 'a long passphrase the Garante would approve 2026' });
        return result?.ok ? result.value?.status?.state : result;
      });
      expect(created).toBe('unlocked');
      expect(existsSync(userDataDir)).toBe(true);
      expect(consoleErrors).toEqual([]);
    } finally {
      await app.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
