import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built renderer (out/renderer) in Debian's Chromium over the
 * loopback transport, which each test starts in-process on a temporary vault
 * (test/e2e/fixtures.ts). Build first: `npm run test:e2e` does.
 */
export default defineConfig({
  testDir: 'test/e2e',
  tsconfig: 'test/e2e/tsconfig.playwright.json',
  workers: 1,
  fullyParallel: false,
  reporter: 'list',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 820 },
    locale: 'en-GB',
    timezoneId: 'Europe/Rome',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
