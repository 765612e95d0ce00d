import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { confirmRecoveryKey, createVault, lock, openSection } from './steps';

const sections = [
  { nav: 'Requests', heading: 'Data-subject requests' },
  { nav: 'Breaches', heading: 'Personal-data breaches' },
  { nav: 'Deadlines', heading: 'Deadlines' },
  { nav: 'Reports', heading: 'Reports' },
] as const;

const settingsTabs = ['Organisation', 'Security', 'Language'] as const;

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen passes axe with no serious or critical violation (${scheme})`, async ({ app }) => {
    // About twenty axe runs over every screen: on a loaded machine that alone nears the default two minutes.
    test.setTimeout(300_000);
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const check = screenChecker(page, scheme);

    await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
    await check('create-vault');
    await page.getByLabel('Passphrase', { exact: true }).fill('summer2024');
    await page.getByRole('button', { name: 'Create vault' }).click();
    await expect(page.getByText('This passphrase is too easy to guess.')).toBeVisible();
    await check('create-vault-errors');
    await page.getByLabel('Passphrase', { exact: true }).fill('');

    const recoveryKey = await createVault(page);
    await check('recovery-key');
    await confirmRecoveryKey(page);

    for (const section of sections) {
      await openSection(page, section.nav);
      await expect(page.getByRole('heading', { level: 1, name: section.heading })).toBeVisible();
      await check(`section-${section.nav.toLowerCase()}`);
    }

    await openSection(page, 'Settings');
    for (const tab of settingsTabs) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel').locator('fieldset').first()).toBeVisible();
      await check(`settings-${tab.toLowerCase()}`);
    }

    await page.getByRole('tab', { name: 'Organisation' }).click();
    await page.getByLabel('DPO e-mail').fill('not an address');
    await page.getByLabel('Authority website').fill('ftp://example.org');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByLabel('DPO e-mail')).toHaveAttribute('aria-invalid', 'true');
    await check('settings-organisation-errors');

    await lock(page);
    await check('unlock');
    await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('wrong passphrase');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('not correct');
    await check('unlock-wrong-passphrase');
    await page.getByRole('radio', { name: 'Recovery key' }).check();
    await check('unlock-recovery-key');
    await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey);
    await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeEnabled();
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Set a new passphrase' })).toBeVisible();
    await check('reset-passphrase');
  });
}
