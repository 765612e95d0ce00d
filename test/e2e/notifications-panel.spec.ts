import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { api, vaultWithOrganisation } from './requests-api';
import type { Labels } from './steps';

type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; error?: { message: string } }>>;

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

test('with 121 notifications the panel says 121 and "Show more" reads every one of them, a page at a time', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const breaches = 120;
  await vaultWithOrganisation(page);
  await api(page, 'deadlines.updatePreferences', { changes: { timeOfDay: '00:00' } });
  // The first run marks where reminders start and shows today's summary.
  await api(page, 'reminders.run', {});
  // Each breach became known 48 hours before it is recorded, so its "24 h before the deadline" reminder comes due as it is recorded.
  const failures = await page.evaluate(async (count) => {
    const dpo = (globalThis as unknown as { dpo: Api }).dpo;
    const errors: string[] = [];
    for (let first = 1; first <= count; first += 20) {
      const batch = Array.from({ length: Math.min(20, count - first + 1) }, (_, j) => `Misdirected payslip ${String(first + j).padStart(3, '0')}`);
      const results = await Promise.all(batch.map((title) => dpo['breaches.create']?.({ breach: { title, awareAt: new Date(Date.now() - 48 * 3_600_000).toISOString() } })));
      for (const result of results) if (!result?.ok) errors.push(result?.error?.message ?? 'no result');
    }
    return errors;
  }, breaches);
  expect(failures).toEqual([]);
  await api(page, 'reminders.run', {});

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Requests', exact: true }).click();
  await nav.getByRole('button', { name: 'Today', exact: true }).click();
  await page.getByRole('button', { name: 'Notifications, 121 unread' }).click();
  const panel = page.getByRole('region', { name: 'Notifications' });
  const rows = panel.locator('.dash-notification-list > li');
  await expect(panel.getByTestId('notification-counts')).toHaveText('121 notifications, 121 unread.');
  await expect(rows).toHaveCount(50);
  await expect(panel.getByText('Showing 50 of 121.')).toBeVisible();
  await panel.getByRole('button', { name: 'Show more' }).click();
  await expect(rows).toHaveCount(100);
  await expect(panel.getByText('Showing 100 of 121.')).toBeVisible();
  await panel.getByRole('button', { name: 'Show more' }).click();
  await expect(rows).toHaveCount(121);
  await expect(panel.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  await expect(panel.getByTestId('notification-counts')).toHaveText('121 notifications, 121 unread.');

  const bodies = await rows.locator('.dash-notification-text > p:nth-child(2)').allTextContents();
  const titles = Array.from({ length: breaches }, (_, i) => `Misdirected payslip ${String(i + 1).padStart(3, '0')}`);
  expect([...bodies].sort()).toEqual([...titles, 'Nothing is due.'].sort());
  await expect(rows.last()).toContainText('Daily summary');

  await rows.filter({ hasText: 'Misdirected payslip 001' }).getByRole('button', { name: 'Mark as read' }).click();
  await expect(panel.getByTestId('notification-counts')).toHaveText('121 notifications, 120 unread.');
  await expect(rows).toHaveCount(121);
  await panel.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(panel.getByTestId('notification-counts')).toHaveText('121 notifications, 0 unread.');
  await expect(panel.locator('.dash-notification-unread')).toHaveCount(0);
});
