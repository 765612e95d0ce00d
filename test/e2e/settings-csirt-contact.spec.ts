import { expect, test } from './fixtures';
import { confirmRecoveryKey, createVault, openSection } from './steps';

/**
 * Settings → Organisation keeps the NIS2 CSIRT contact (D.lgs. 138/2024 art. 25): the person
 * who sends the NIS2 reports to the CSIRT and signs them; in English and Italian.
 */
test('the NIS2 CSIRT contact is set in Settings, in English and Italian', async ({ app }) => {
  const { page } = app;
  await createVault(page);
  await confirmRecoveryKey(page);
  await openSection(page, 'Settings');
  await expect(page.getByRole('group', { name: 'NIS2 CSIRT contact' })).toBeVisible();
  await page.getByLabel('CSIRT contact: name').fill('Luca Bianchi');
  await page.getByLabel('CSIRT contact: role').fill('Referente CSIRT');
  await page.getByLabel('CSIRT contact: e-mail').fill('not an address');
  await page.getByLabel('CSIRT contact: phone').fill('+39 02 8765 4321');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByLabel('CSIRT contact: e-mail')).toHaveAccessibleDescription(/Enter an e-mail address such as csirt@example.com/);
  await page.getByLabel('CSIRT contact: e-mail').fill('csirt@noventia.example');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Organisation details saved.')).toBeVisible();
  await page.getByLabel('CSIRT contact: name').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/settings-csirt-en.png' });

  await page.getByRole('tab', { name: 'Language' }).click();
  await page.getByRole('radio', { name: 'Italiano' }).check();
  await page.getByRole('tab', { name: 'Organizzazione' }).click();
  await expect(page.getByRole('group', { name: 'Referente CSIRT NIS2' })).toBeVisible();
  await expect(page.getByLabel('Referente CSIRT: nome')).toHaveValue('Luca Bianchi');
  await expect(page.getByLabel('Referente CSIRT: e-mail')).toHaveValue('csirt@noventia.example');
  await page.getByLabel('Referente CSIRT: nome').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/settings-csirt-it.png' });
});
