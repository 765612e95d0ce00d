import { expect, test } from './fixtures';
import { confirmRecoveryKey, createVault, openSection } from './steps';

/**
 * Settings → Organisation says whether the business sells or shares personal information
 * and where its Notice of Right to Opt-out is (CCPA regs §§ 7013, 7022(g)): the CCPA denial of
 * a request to delete offers the opt-out from these; in English and Italian.
 */
test('the CCPA sale-or-sharing answer and the opt-out notice are set in Settings, in English and Italian', async ({ app }) => {
  const { page } = app;
  await createVault(page);
  await confirmRecoveryKey(page);
  await openSection(page, 'Settings');
  await page.getByLabel('Sells or shares personal information (CCPA)').selectOption('yes');
  await page.getByLabel('Notice of Right to Opt-out web address (CCPA)').fill('https://noventia.example/do-not-sell-or-share');
  await expect(page.getByLabel('Sells or shares personal information (CCPA)')).toHaveAccessibleDescription(/offers the opt-out when the business sells or shares/);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Organisation details saved.')).toBeVisible();
  await page.getByLabel('Sells or shares personal information (CCPA)').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/settings-ccpa-en.png' });

  await page.getByRole('tab', { name: 'Language' }).click();
  await page.getByRole('radio', { name: 'Italiano' }).check();
  await page.getByRole('tab', { name: 'Organizzazione' }).click();
  await expect(page.getByLabel('Vende o condivide dati personali (CCPA)')).toHaveValue('yes');
  await expect(page.getByLabel('Indirizzo web dell’avviso sul diritto di opposizione (CCPA)')).toHaveValue('https://noventia.example/do-not-sell-or-share');
  await page.getByLabel('Vende o condivide dati personali (CCPA)').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/settings-ccpa-it.png' });
});
