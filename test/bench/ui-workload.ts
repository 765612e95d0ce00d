import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { startLoopbackServer } from '../../electron/loopback/server';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { median, timeStep, type UiStep } from './ui-timing';
import { seedUiVault, type UiVault, type UiVaultScale } from './ui-seed';

/** What the user waits for, in milliseconds (medians), and the seeded vault's size. */
export type UiFigures = Record<string, number>;

const RENDERER_DIR = resolve('out/renderer');
const SEARCH_DELAY_MS = 250;

async function timeRuns(runs: number, before: () => Promise<unknown>, step: (run: number) => UiStep, page: Page): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await before();
    times.push(await timeStep(page, step(run)));
  }
  return median(times);
}

/** `audit verify` through the session: the median time, and the median CPU time (which a busy machine inflates less). */
async function auditVerifyMs(vault: UiVault, passphrase: string, runs: number): Promise<{ ms: number; cpuMs: number }> {
  const session = new VaultSession({ dir: vault.dir, actor: 'bench' });
  await session.unlock('passphrase', passphrase);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const result = await session.verify();
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
      if (!result.ok) throw new Error(`the seeded trail does not verify: ${JSON.stringify(result.firstBreak ?? result.dataBreaks[0])}`);
    }
  } finally {
    await session.lock();
  }
  return { ms: median(times), cpuMs: median(cpuTimes) };
}

async function kdfMs(vault: UiVault, passphrase: string, runs: number): Promise<number> {
  const header = readVaultHeader(resolve(vault.dir, 'vault.json'));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    (await unwrapDataKey(header, 'passphrase', passphrase)).fill(0);
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * The screens a DPO opens, timed end to end in Chromium over the loopback transport on a
 * seeded vault: unlock to a loaded Today (the KDF's deliberate half second reported apart
 * and taken out), the inbox's first row, a request, a breach, the month and the agenda, a
 * name typed in the inbox search (the search box's debounce taken out); and `audit verify`
 * over the whole trail through the session. Each figure is the median of `runs`.
 */
export async function uiWorkload(dir: string, scale: UiVaultScale, passphrase: string, runs: number, progress: (message: string) => void): Promise<UiFigures> {
  if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) throw new Error('the UI bench needs the built renderer: run `npm run build` first');
  const today = new Date().toISOString().slice(0, 10);
  let start = performance.now();
  const vault = await seedUiVault(dir, scale, passphrase, today);
  const figures: UiFigures = { 'ui.seedMs': performance.now() - start, 'ui.requests': scale.requests, 'ui.breaches': scale.breaches, 'audit.events': vault.events };
  progress(`ui: seeded in ${Math.round(figures['ui.seedMs'] ?? 0)} ms; audit verify over ${vault.events} events…`);
  const verify = await auditVerifyMs(vault, passphrase, runs);
  figures['audit.verifyMs'] = verify.ms;
  figures['audit.verifyCpuMs'] = verify.cpuMs;
  const kdf = await kdfMs(vault, passphrase, runs);
  figures['ui.unlockKdfMs'] = kdf;
  progress('ui: Chromium over the loopback transport…');
  const server = await startLoopbackServer({ vaultDir: vault.dir, rendererDir: RENDERER_DIR });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 }, locale: 'en-GB', timezoneId: 'Europe/Rome' });
    await page.goto(server.url);
    await page.waitForURL(`${server.origin}/`);
    const unlockForm = async () => {
      if (await page.locator('.nav-lock').isVisible()) await page.locator('.nav-lock').click();
      await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(passphrase);
    };
    start = performance.now();
    const unlock = await timeRuns(runs, unlockForm, () => ({ click: 'form button[type="submit"]', ready: '.dashboard-columns' }), page);
    figures['ui.unlockToTodayMs'] = Math.max(0, unlock - kdf);
    figures['ui.unlockTotalMs'] = unlock;
    const toToday = () => timeStep(page, { hash: '#/dashboard', ready: '.dashboard-columns' });
    figures['ui.inboxFirstRowMs'] = await timeRuns(runs, toToday, () => ({ hash: '#/requests', ready: '.request-row' }), page);
    const requests = vault.requests;
    figures['ui.requestOpenMs'] = await timeRuns(runs, toToday, (run) => {
      const request = requests[run % requests.length] ?? requests[0];
      return { hash: `#/requests/${request?.id ?? ''}`, ready: 'h1', text: request?.reference ?? '' };
    }, page);
    figures['ui.breachOpenMs'] = await timeRuns(runs, toToday, (run) => {
      const breach = vault.breaches[run % vault.breaches.length] ?? vault.breaches[0];
      return { hash: `#/breaches/${breach?.id ?? ''}`, ready: 'h1', text: breach?.reference ?? '' };
    }, page);
    figures['ui.monthViewMs'] = await timeRuns(runs, toToday, () => ({ hash: '#/deadlines', ready: '.cal-month .cal-item' }), page);
    const toMonth = async () => {
      await toToday();
      await timeStep(page, { hash: '#/deadlines', ready: '.cal-view-button' });
      await timeStep(page, { click: '.cal-view-button:nth-child(1)', ready: '.cal-month .cal-item' });
    };
    figures['ui.agendaMs'] = await timeRuns(runs, toMonth, () => ({ click: '.cal-view-button:nth-child(2)', ready: '.cal-agenda .cal-item' }), page);
    const toInbox = async () => {
      await toToday();
      await timeStep(page, { hash: '#/requests', ready: '.request-row' });
    };
    const search = await timeRuns(runs, toInbox, (run) => {
      const request = requests[run % requests.length] ?? requests[0];
      return { type: { selector: '#inbox-search', text: request?.subject ?? '' }, ready: `.request-row[data-reference="${request?.reference ?? ''}"]` };
    }, page);
    figures['ui.searchMs'] = Math.max(0, search - SEARCH_DELAY_MS);
    figures['ui.searchDebounceMs'] = SEARCH_DELAY_MS;
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}
