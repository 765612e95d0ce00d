import { readFile } from 'node:fs/promises';
import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { api, vaultWithOrganisation } from './requests-api';
import { openSection } from './steps';

test('the registers: add an activity with its processor, see it listed, export the register as PDF, in English and Italian', async ({ app }) => {
  const { page } = app;
  const check = screenChecker(page, 'light');
  await vaultWithOrganisation(page);
  await api(page, 'registers.saveProcessor', { processor: { name: 'Zendesk, Inc.', service: 'Support tickets', country: 'US', dpaSignedOn: '2025-01-10', breachNoticeHours: 24 } });
  await api(page, 'registers.saveProcessor', { processor: { name: 'HubSpot Ireland Ltd', service: 'CRM', country: 'IE' } });
  await openSection(page, 'Registers');
  await expect(page.getByRole('heading', { level: 1, name: 'Registers' })).toBeVisible();

  await test.step('the findings name the processor without a contract', async () => {
    await expect(page.getByText('Processors without an Art. 28 contract: HubSpot Ireland Ltd')).toBeVisible();
  });

  await test.step('a new activity names its purpose, legal basis and processor', async () => {
    await page.getByRole('button', { name: 'Add an activity' }).click();
    const form = page.getByRole('form', { name: 'New processing activity' });
    await form.getByLabel('Name of the activity').fill('Customer support');
    await form.getByLabel('Purpose 1', { exact: true }).fill('Answering tickets');
    await form.getByRole('button', { name: 'Save activity' }).click();
    await expect(form.getByText('Choose the legal basis of this purpose (Art. 6(1))')).toBeVisible();
    await form.getByLabel('Legal basis of purpose 1').selectOption('contract');
    await form.getByLabel('Categories of data subjects (one a line)').fill('Client users\nProspects');
    await form.getByLabel('Retention rule').fill('2 years after the ticket is closed');
    await form.getByRole('checkbox', { name: 'Zendesk, Inc.' }).check();
    await check('registers-activity-form');
    await form.getByRole('button', { name: 'Save activity' }).click();
    await expect(page.getByRole('status')).toContainText('Saved PA-001');
    const row = page.getByRole('row', { name: /PA-001/ });
    await expect(row).toContainText('Contract (Art. 6(1)(b))');
    await expect(row).toContainText('Controller');
    await check('registers-list');
  });

  await test.step('the processors tab shows the contract and the breach-notice hours', async () => {
    await page.getByRole('tab', { name: /Processors/ }).click();
    await expect(page.getByRole('row', { name: /Zendesk, Inc\./ })).toContainText('24 h');
    await page.getByRole('tab', { name: /Activities/ }).click();
  });

  await test.step('the register exports as a PDF', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PDF (English)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^processing-register-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = await readFile((await download.path()) ?? '');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  await test.step('in Italian', async () => {
    await openSection(page, 'Settings');
    await page.getByRole('tab', { name: 'Language' }).click();
    await page.getByRole('radio', { name: 'Italiano' }).check();
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Registri' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registri' })).toBeVisible();
    await expect(page.getByRole('row', { name: /PA-001/ })).toContainText('Contratto (art. 6, par. 1, lett. b)');
    await check('it-registers-list');
  });
});
