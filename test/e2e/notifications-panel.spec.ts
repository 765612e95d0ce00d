import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { api, vaultWithOrganisation } from './requests-api';
import type { Labels } from './steps';

const italian: Labels = {
  passphrase: 'Passphrase',
  confirm: 'Conferma la passphrase',
  create: 'Crea archivio',
  stored: 'Ho conservato la chiave di recupero in un luogo sicuro',
  continue: 'Continua',
  unlock: 'Sblocca',
  recoveryKeyHeading: 'La tua chiave di recupero',
  shellHeading: 'Oggi',
};

test.describe('in Italian', () => {
  test.use({ locale: 'it-IT' });
  test('the notification panel says how many notifications there are and how many are unread', async ({ app }) => {
    const { page } = app;
    const check = screenChecker(page, 'light');
    await vaultWithOrganisation(page, italian);
    await api(page, 'deadlines.updatePreferences', { changes: { timeOfDay: '00:00' } });
    await api(page, 'reminders.run', {});
    const nav = page.getByRole('navigation', { name: 'Principale' });
    await nav.getByRole('button', { name: 'Richieste' }).click();
    await nav.getByRole('button', { name: 'Oggi' }).click();
    await page.getByRole('button', { name: 'Notifiche, 1 da leggere' }).click();
    const panel = page.getByRole('region', { name: 'Notifiche' });
    await expect(panel.getByTestId('notification-counts')).toHaveText('1 notifica, 1 da leggere.');
    await check('it-notifications');
    await panel.getByRole('button', { name: 'Segna tutte come lette' }).click();
    await expect(panel.getByTestId('notification-counts')).toHaveText('1 notifica, 0 da leggere.');
  });
});
