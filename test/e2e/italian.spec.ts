import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { confirmRecoveryKey, createVault, italian } from './steps';

test.use({ locale: 'it-IT' });

test('an Italian system gets the Italian UI, and the language can be switched in Settings', async ({ app }) => {
  const { page } = app;
  const check = screenChecker(page, 'light');
  await expect(page.getByRole('heading', { level: 1, name: 'Crea il tuo archivio' })).toBeVisible();
  await check('it-create-vault');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page).toHaveTitle('Crea il tuo archivio — DPO Desk');
  await expect(page.getByText('La robustezza compare mentre scrivi')).toBeVisible();

  await createVault(page, italian);
  await confirmRecoveryKey(page, italian);

  const nav = page.getByRole('navigation', { name: 'Principale' });
  for (const name of ['Richieste', 'Violazioni', 'Scadenze', 'Report', 'Impostazioni']) {
    await expect(nav.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Blocca', exact: true })).toBeVisible();

  await nav.getByRole('button', { name: 'Violazioni' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Violazioni dei dati personali' })).toBeVisible();
  await check('it-section-breaches');

  await nav.getByRole('button', { name: 'Impostazioni' }).click();
  await expect(page).toHaveTitle('Impostazioni — DPO Desk');
  await expect(page.getByRole('tab', { name: 'Organizzazione' })).toHaveAttribute('aria-selected', 'true');
  for (const legend of ['Titolare del trattamento', 'Responsabile della protezione dei dati (RPD/DPO)', 'Autorità di controllo']) {
    await expect(page.getByRole('group', { name: legend })).toBeVisible();
  }
  await expect(page.getByLabel('Paese').locator('option[value="IT"]')).toHaveText('Italia');
  await check('it-settings-organisation');

  await page.getByRole('tab', { name: 'Lingua' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('radio', { name: /Same as the system/ }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeVisible();
});
