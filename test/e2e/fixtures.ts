import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { startLoopbackServer, type LoopbackServer } from '../../electron/loopback/server';

const rendererDir = resolve('out/renderer');

/** The app under test: a loopback server on a temporary vault folder, and the page signed in to it. */
export interface DeskApp {
  page: Page;
  vaultDir: string;
  /** Stops the server (locking the vault) and starts a new one on the same folder, then signs the page in again. */
  restart(): Promise<void>;
}

async function signIn(page: Page, server: LoopbackServer): Promise<void> {
  await page.goto(server.url);
  await page.waitForURL(`${server.origin}/`);
}

/** Playwright's `test` with an `app` fixture: a fresh vault folder and server per test. */
export const test = base.extend<{ app: DeskApp }>({
  app: async ({ page }, use) => {
    const vaultDir = await mkdtemp(join(tmpdir(), 'dpo-desk-e2e-'));
    let server = await startLoopbackServer({ vaultDir, rendererDir });
    await signIn(page, server);
    await use({
      page,
      vaultDir,
      restart: async () => {
        await server.close();
        server = await startLoopbackServer({ vaultDir, rendererDir });
        await signIn(page, server);
      },
    });
    await server.close();
    await rm(vaultDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
