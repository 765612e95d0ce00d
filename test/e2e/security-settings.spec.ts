import { expect, test } from './fixtures';
import { confirmRecoveryKey, createVault, lock, openSection, passphrase, unlock } from './steps';

test('Security: change the passphrase (the current one is checked) and the auto-lock minutes', async ({ app }) => {
  const { page } = app;
  const next = 'amber quarry whistles under nine bridges';
  await createVault(page);
  await confirmRecoveryKey(page);
  await openSection(page, 'Settings');
  await page.getByRole('tab', { name: 'Security' }).click();
  await expect(page.getByTestId('vault-path')).toHaveText(app.vaultDir);

  await page.getByRole('textbox', { name: 'Current passphrase' }).fill('not my passphrase');
  await page.getByRole('textbox', { name: 'New passphrase' }).fill(next);
  await page.getByRole('textbox', { name: 'Confirm passphrase' }).fill(next);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('The current passphrase is not correct.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Current passphrase' })).toBeFocused();

  // A wrong secret costs the same growing delay as at unlock (1 s after the first): a retry
  // inside it is refused with the time to wait, the retry after it goes through.
  // Each try waits for its own outcome (the change re-derives the key, which takes seconds on a
  // slow machine): clicking again while a change is under way would submit the cleared form.
  await page.getByRole('textbox', { name: 'Current passphrase' }).fill(passphrase);
  const changed = page.getByText('Passphrase changed.');
  const refused = page.locator('.alert-error');
  await expect(async () => {
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(changed.or(refused)).toBeVisible({ timeout: 30_000 });
    expect(await changed.isVisible()).toBe(true);
  }).toPass({ timeout: 60_000 });
  await expect(page.getByRole('textbox', { name: 'New passphrase' })).toHaveValue('');

  const minutes = page.getByRole('spinbutton', { name: 'Minutes of inactivity' });
  await expect(minutes).toHaveValue('10');
  await minutes.fill('500');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Enter a whole number of minutes from 1 to 240.')).toBeVisible();
  await minutes.fill('30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('The vault will lock after 30 minutes of inactivity.')).toBeVisible();

  await lock(page);
  await unlock(page, next);
  await openSection(page, 'Settings');
  await page.getByRole('tab', { name: 'Security' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Minutes of inactivity' })).toHaveValue('30');
});
