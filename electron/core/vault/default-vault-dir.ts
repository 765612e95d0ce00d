import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the vault lives when nothing else is said: the same folder for the desktop app,
 * the browser mode and the CLI, so all three open one vault. `DPO_DESK_VAULT` overrides it.
 */
export function defaultVaultDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.DPO_DESK_VAULT) return env.DPO_DESK_VAULT;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'DPO Desk', 'vault');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'DPO Desk', 'vault');
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'dpo-desk', 'vault');
}
