import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { confirmRecoveryKey, createVault, lock, passphrase, unlock } from './steps';

test('Back up now from Settings, then restore the backup from the unlock screen', async ({ app }) => {
  const { page } = app;
  const backups = `${app.vaultDir}-backups`;
  try {
    await createVault(page);
    await confirmRecoveryKey(page);
    await expect(page.getByTestId('backup-notice')).toContainText('This vault has never been backed up.');
    await page.getByRole('button', { name: 'Open backup settings' }).click();
    await expect(page.getByRole('tab', { name: 'Security', selected: true })).toBeVisible();
    await expect(page.getByTestId('last-backup')).toHaveText('No backup of this vault has been made yet.');

    await page.getByRole('textbox', { name: 'Backup folder' }).fill('backups-here');
    await page.getByRole('button', { name: 'Save backup settings' }).click();
    await expect(page.getByText('Enter the full path of a folder.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Backup folder' }).fill(backups);
    await page.getByRole('button', { name: 'Save backup settings' }).click();
    await expect(page.getByText('Backup settings saved.')).toBeVisible();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText(/^Backup written and verified: dpo-desk-backup-\d{4}-\d{2}-\d{2}T\d{6}Z$/)).toBeVisible();
    await expect(page.getByTestId('last-backup')).toContainText('Last good backup:');
    await page.getByRole('group', { name: 'Backups' }).screenshot({ path: 'test-results/backup-settings-en.png' });
    const [name] = readdirSync(backups);
    expect(name).toMatch(/^dpo-desk-backup-/);

    await lock(page);
    await page.getByRole('button', { name: 'Restore a backup' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Restore a backup' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Backup folder' }).fill(join(backups, name as string));
    await page.getByRole('textbox', { name: 'Passphrase of the backup' }).fill(passphrase);
    await page.getByRole('button', { name: 'Check and restore' }).click();
    await expect(page.getByText(/A vault already exists on this computer\. Tick/)).toBeVisible();
    await page.getByRole('checkbox', { name: 'Replace the vault on this computer' }).check();
    await page.getByRole('textbox', { name: 'Passphrase of the backup' }).fill(passphrase);
    await page.screenshot({ path: 'test-results/restore-en.png', fullPage: true });
    await page.getByRole('button', { name: 'Check and restore' }).click();
    await expect(page.getByText(/^Backup restored with \d+ audit events\./)).toBeVisible();
    await expect(page.getByText(/The previous vault is kept in .*vault-before-restore-/)).toBeVisible();
    await page.getByRole('button', { name: 'Back to unlock' }).click();
    await unlock(page);
  } finally {
    rmSync(backups, { recursive: true, force: true });
  }
});
