import { expect, test } from './fixtures';
import { confirmRecoveryKey, createVault } from './steps';

test('the navigation works from the keyboard, with a skip link and focus on each new heading', async ({ app }) => {
  const { page } = app;
  await createVault(page);
  await confirmRecoveryKey(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeFocused();

  // Start the sequential focus navigation at the top of the sidebar, as a click there would.
  await page.locator('.sidebar-brand').click();
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Today', 'Requests', 'Breaches', 'Deadlines', 'Registers', 'Clients', 'Reports', 'Settings']) {
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('button', { name })).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await expect(page).toHaveTitle('Settings — DPO Desk');
  await expect(nav.getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: 'Organisation' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Security' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Security' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Current passphrase' })).toBeFocused();

  await page.locator('.sidebar-brand').click();
  await page.keyboard.press('Shift+Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
});
