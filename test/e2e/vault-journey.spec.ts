import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { confirmRecoveryKey, createVault, lock, openSection, unlock } from './steps';

const organisation = {
  name: 'Noventia Srl',
  country: 'IT',
  timeZone: 'Europe/Rome',
  dpoEmail: 'dpo@noventia.example',
};

test('create → lock → wrong passphrase → unlock → organisation survives lock and restart', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
  await expect(page).toHaveTitle('Create your vault — DPO Desk');

  await test.step('a weak passphrase is refused, mismatched confirmation too', async () => {
    await page.getByLabel('Passphrase', { exact: true }).fill('password1');
    await expect(page.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute('aria-valuenow', /[01]/);
    await page.getByLabel('Confirm passphrase', { exact: true }).fill('password2');
    await page.getByRole('button', { name: 'Create vault' }).click();
    await expect(page.getByText('This passphrase is too easy to guess.')).toBeVisible();
    await expect(page.getByText('The two passphrases do not match.')).toBeVisible();
    await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  });

  await test.step('create the vault and store the recovery key', async () => {
    const key = await createVault(page);
    expect(key).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByText('Confirm that you have stored the recovery key')).toBeVisible();
    await confirmRecoveryKey(page);
    await expect(page).toHaveTitle('Today — DPO Desk');
  });

  await test.step('a wrong passphrase shows the error and a delay', async () => {
    await lock(page);
    await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('not the passphrase at all');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('That passphrase or recovery key is not correct.');
    await unlock(page);
  });

  await test.step('an invalid e-mail is reported on its field', async () => {
    await openSection(page, 'Settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.getByLabel('DPO e-mail').fill('not-an-address');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const email = page.getByLabel('DPO e-mail');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Enter an e-mail address such as dpo@example.com.')).toBeVisible();
    await expect(email).toBeFocused();
  });

  await test.step('edit and save the organisation', async () => {
    await page.getByLabel('Controller name').fill(organisation.name);
    await expect(page.getByLabel('Country').locator(`option[value="${organisation.country}"]`)).toHaveText('Italy');
    await page.getByLabel('Country').selectOption(organisation.country);
    await page.getByLabel('Time zone').selectOption(organisation.timeZone);
    await page.getByLabel('DPO e-mail').fill(organisation.dpoEmail);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Organisation details saved.');
  });

  const expectOrganisation = async (): Promise<void> => {
    await openSection(page, 'Settings');
    await expect(page.getByLabel('Controller name')).toHaveValue(organisation.name);
    await expect(page.getByLabel('Country')).toHaveValue(organisation.country);
    await expect(page.getByLabel('Time zone')).toHaveValue(organisation.timeZone);
    await expect(page.getByLabel('DPO e-mail')).toHaveValue(organisation.dpoEmail);
    await expect(page.getByLabel('DPO name')).toHaveValue('');
  };

  await test.step('it survives lock and unlock', async () => {
    await lock(page);
    await unlock(page);
    await expectOrganisation();
  });

  await test.step('it survives a restart on the same vault', async () => {
    await app.restart();
    await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible();
    await unlock(page);
    await expectOrganisation();
  });
});

test('the recovery sheet downloads as a PDF; the recovery key, typed loosely, unlocks and lets a new passphrase be set', async ({ app }) => {
  const { page } = app;
  const key = await createVault(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save recovery sheet (PDF)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('DPO-Desk-recovery-key.pdf');
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(page.getByRole('status')).toHaveText('Recovery sheet saved as DPO-Desk-recovery-key.pdf.');
  await confirmRecoveryKey(page);
  await lock(page);
  await page.getByRole('radio', { name: 'Recovery key' }).check();
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(key.replaceAll('-', ' ').toLowerCase());
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set a new passphrase' })).toBeVisible();
  const renewed = 'amber cobalt willow ferry thirty';
  await page.getByLabel('New passphrase', { exact: true }).fill(renewed);
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(renewed);
  await page.getByRole('button', { name: 'Save the new passphrase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await lock(page);
  await unlock(page, renewed);
});
