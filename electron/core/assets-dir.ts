import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The `assets/` folder: beside the sources in a checkout (CLI, tests), or in the app's
 * resources when packaged (electron-builder copies it there as `extraResources`).
 * `DPO_DESK_ASSETS` overrides both.
 */
export function assetsDir(): string {
  if (process.env.DPO_DESK_ASSETS) return process.env.DPO_DESK_ASSETS;
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resourcesPath && existsSync(join(resourcesPath, 'assets'))) return join(resourcesPath, 'assets');
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'assets', 'fonts'))) return join(dir, 'assets');
    dir = resolve(dir, '..');
  }
  throw new Error('The assets folder (fonts, templates) cannot be found');
}

export function fontPath(name: 'LiberationSans-Regular' | 'LiberationSans-Bold' | 'LiberationMono-Regular'): string {
  return join(assetsDir(), 'fonts', `${name}.ttf`);
}
