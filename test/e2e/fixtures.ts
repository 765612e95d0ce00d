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

/**
 * The services' clock for a test that sets `now`: it starts at that instant and runs on with
 * real time (so unlock delays and idle locks behave), whatever day the test is run on.
 */
function clockFrom(now: string): () => Date {
  const offset = Date.parse(now) - Date.now();
  return () => new Date(Date.now() + offset);
}

/**
 * Playwright's `test` with an `app` fixture: a fresh vault folder and server per test. A test
 * (or file) that writes literal dates sets `test.use({ now: '2026-12-01T09:00:00Z' })`: the
 * services then run from that instant and the page's `Date` is fixed at it.
 */
export const test = base.extend<{ app: DeskApp; now: string | null }>({
  now: [null, { option: true }],
  app: async ({ page, now }, use) => {
    const vaultDir = await mkdtemp(join(tmpdir(), 'dpo-desk-e2e-'));
    const clock = now ? { now: clockFrom(now) } : {};
    if (now) await page.clock.setFixedTime(now);
    // Each test's own choice of team server, never one shared beside every temp folder.
    const teamConfigPath = `${vaultDir}.team-server.json`;
    let server = await startLoopbackServer({ vaultDir, rendererDir, teamConfigPath, ...clock });
    await signIn(page, server);
    await use({
      page,
      vaultDir,
      restart: async () => {
        await server.close();
        server = await startLoopbackServer({ vaultDir, rendererDir, teamConfigPath, ...clock });
        await signIn(page, server);
      },
    });
    await server.close();
    await rm(vaultDir, { recursive: true, force: true });
    await rm(teamConfigPath, { force: true });
  },
});

export { expect } from '@playwright/test';
