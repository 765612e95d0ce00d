import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { defaultVaultDir } from '../core/vault/default-vault-dir';
import { startLoopbackServer } from './server';

/**
 * `npm run start:browser`: DPO Desk in the browser, for machines that cannot run Electron.
 * Prints the one-time sign-in link and tries to open it.
 */
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const vaultDir = defaultVaultDir();
const port = process.env.DPO_DESK_PORT ? Number(process.env.DPO_DESK_PORT) : 0;
const server = await startLoopbackServer({ vaultDir, rendererDir: 'out/renderer', port, appVersion: pkg.version });

console.log(`DPO Desk is running in browser mode.
  Vault:   ${vaultDir}
  Open:    ${server.url}
The link signs one browser in, once. Only this computer can reach it. Press Ctrl+C to stop and lock the vault.`);

if (process.env.DPO_DESK_NO_OPEN !== '1') {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  spawn(opener, [server.url], { stdio: 'ignore', detached: true })
    .on('error', () => undefined)
    .unref();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
