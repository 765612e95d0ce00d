import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../electron/core/api/create-handlers';
import { createDispatch } from '../../electron/core/api/dispatch';
import type { FileDestinations } from '../../electron/core/files/file-destinations';
import { folderDestinations } from '../../electron/core/files/folder-destinations';

export const PASSPHRASE = 'lantern-orchard-cobalt-tide-91';

/** A temp folder that is removed after the test. */
export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The real handler registry and dispatch over a vault in `dir` (no mocks); files the app
 * writes itself go to `files`, by default into `dir/saved`.
 */
export function appOver(dir: string, now?: () => Date, files: FileDestinations = folderDestinations(join(dir, 'saved'))) {
  const app = createHandlers({ vaultDir: join(dir, 'vault'), appVersion: '0.0.0-test', actor: 'test', files, ...(now ? { now } : {}) });
  return { ...app, dispatch: createDispatch(app.handlers, () => undefined) };
}
