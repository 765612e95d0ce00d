import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { todayInZone } from '../../electron/core/deadlines';
import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { vaultWith } from './page-api';
import { api, zone } from './requests-api';
import { openSection } from './steps';
import { plainObjects } from '../support/pdf-objects';

const organisation = {
  'organisation.name': 'Noventia Srl',
  'organisation.address': 'Via Privata Bernardo Rucellai 12\n20126 Milano MI',
  'organisation.country': 'IT',
  'organisation.timeZone': zone,
  'organisation.dpoName': 'Chiara Esposito',
  'organisation.dpoEmail': 'dpo@noventia.example',
  'organisation.authorityName': 'Garante per la protezione dei dati personali',
  'organisation.authorityAddress': 'Piazza Venezia 11\n00187 Roma',
  'organisation.authorityWebsite': 'https://www.garanteprivacy.it',
  'commitments.responseDays': 30,
};

/** Runs axe on the screen as it is, in light and then dark colours, and leaves it light. */
async function checkBothSchemes(page: Page, screen: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    // Reduced motion turns the 120 ms colour fades off, so axe reads the new scheme's colours at once.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await screenChecker(page, scheme)(screen);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('an Italian acknowledgement is previewed, finalised as version 1 and exported as a PDF; the audit report counts the request', async ({ app }) => {
  const { page } = app;
  await vaultWith(page, organisation);
  const today = todayInZone(zone);
  /** Today as the date fields show it, day first in both languages. */
  const todayShown = today.split('-').reverse().join('/');
  const created = await api<{ id: string; reference: string }>(page, 'requests.create', {
    request: { regime: 'gdpr', types: ['access'], receivedAt: new Date(Date.now() - 60_000).toISOString(), channel: 'email', subjectName: 'Ingrid Ørsted', subjectEmail: 'ingrid@example.dk' },
  });

  const panel = page.getByRole('region', { name: 'Letters and notices' });
  await test.step('the request page offers its letters', async () => {
    await openSection(page, 'Settings');
    await openSection(page, 'Requests');
    await page.locator(`.request-row[data-reference="${created.reference}"]`).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(created.reference);
    await expect(panel.getByText('No finalised letters on this case yet.')).toBeVisible();
  });

  await test.step('an acknowledgement in Italian previews with nothing missing', async () => {
    await panel.getByLabel('Letter').selectOption('acknowledgement');
    await panel.getByLabel('Language').selectOption('it');
    await expect(panel.getByText('Nothing is missing: the letter is ready.')).toBeVisible();
    await expect(panel.locator('.letter-paper')).toContainText(created.reference);
    await expect(panel.getByRole('button', { name: 'Finalise…' })).toBeEnabled();
    await expect(panel.getByLabel('Date of the letter')).toHaveValue(todayShown);
    await page.screenshot({ path: 'test-results/documents-preview.png', fullPage: true });
    await checkBothSchemes(page, 'documents');
  });

  await test.step('finalising asks first, then lists version 1', async () => {
    await panel.getByRole('button', { name: 'Finalise…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Finalise this letter?' });
    await expect(dialog).toContainText('cannot be changed; regenerating adds a new version');
    await dialog.getByRole('button', { name: 'Finalise', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(panel.getByRole('status').filter({ hasText: 'finalised as version 1' })).toBeVisible();
    const item = panel.getByRole('list', { name: 'Finalised letters on this case' }).getByRole('listitem');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('Italian · version 1 ·');
    await expect(item).toContainText(/SHA-256 [0-9a-f]{12}/);
    await checkBothSchemes(page, 'documents-finalised');
  });

  await test.step('recording the sending shows it on the finalised letter', async () => {
    const item = panel.getByRole('list', { name: 'Finalised letters on this case' }).getByRole('listitem');
    await expect(item).toContainText('Not sent yet');
    await item.getByRole('button', { name: 'Record sending…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record that this letter was sent' });
    await expect(dialog.getByLabel('To')).toHaveValue('Ingrid Ørsted');
    await expect(dialog).toContainText('also records that receipt of the request was acknowledged');
    await expect(dialog.getByRole('checkbox')).toHaveCount(0);
    await dialog.getByLabel('Channel').selectOption('pec');
    await page.screenshot({ path: 'test-results/documents-sent-dialog.png' });
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(item).toContainText('by PEC to Ingrid Ørsted');
    const detail = await api<{ acknowledgement: { channel: string } | null }>(page, 'requests.get', { id: created.id });
    expect(detail.acknowledgement).toMatchObject({ channel: 'email' });
    await page.screenshot({ path: 'test-results/documents-sent.png', fullPage: true });
  });

  await test.step('Export downloads the PDF', async () => {
    const downloading = page.waitForEvent('download');
    await panel.getByRole('button', { name: /^Export .*version 1$/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile((await download.path()) ?? '');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  await test.step('the audit report for this year counts the request', async () => {
    await openSection(page, 'Reports');
    await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
    await expect(page.getByLabel('From')).toHaveValue(`01/01/${today.slice(0, 4)}`);
    await expect(page.getByLabel('To')).toHaveValue(todayShown);
    await page.getByRole('radio', { name: /^CSV/ }).check();
    await page.getByRole('button', { name: 'Generate' }).click();
    await expect(page.getByTestId('figure-received')).toHaveText('1');
    await expect(page.getByRole('button', { name: /^Download .*requests\.csv$/ })).toBeVisible();
    await expect(page.getByText('Chain verified')).toBeVisible();
    await checkBothSchemes(page, 'reports');
  });

  await test.step('each CSV file was written by the app and is streamed as its own download', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Download .*requests\.csv$/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`audit-report-${today.slice(0, 4)}-01-01-${today}-requests.csv`);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(2);
    await expect(page.getByRole('button', { name: /^Download .*requests\.csv$/ })).toHaveCount(0);
    const others = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download all' }).click();
    expect((await others).suggestedFilename()).toMatch(/\.csv$/);
    await expect(page.getByRole('button', { name: 'Download all' })).toHaveCount(0);
  });

  await test.step('the audit report as PDF is written by the app and streamed as one download', async () => {
    await page.getByRole('radio', { name: /^PDF/ }).check();
    await page.getByRole('button', { name: 'Generate' }).click();
    const name = `audit-report-${today.slice(0, 4)}-01-01-${today}.pdf`;
    const button = page.getByRole('button', { name: `Download ${name}` });
    await expect(button).toBeVisible();
    const downloading = page.waitForEvent('download');
    await button.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(name);
    const bytes = await readFile((await download.path()) ?? '');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(plainObjects(bytes).toString('latin1')).toContain('/S /Table');
    await expect(page.getByText('Downloaded')).toBeVisible();
    await checkBothSchemes(page, 'reports');
  });
});
