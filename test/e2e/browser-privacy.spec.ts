import { addDays, todayInZone } from '../../electron/core/deadlines';
import { expect, test } from './fixtures';
import { api, vaultWithOrganisation, zone } from './requests-api';
import { openSection } from './steps';

interface Shown {
  title: string;
  body: string;
}

const HOUR = 3_600_000;

/**
 * Browser mode as a DPO uses it: case data stays out of the window title (which reaches the
 * browser's history and session files), and the reminders the loopback server fires are
 * announced as browser notifications where the user allowed them, naming the case by its
 * reference only (several at once as one summary). The page's Notification is replaced by a recorder that reports the
 * permission as granted, and the page's clock is driven past the 30-second look.
 */
test('browser mode keeps names and breach titles out of the window title and announces reminders by reference', async ({ app }) => {
  const { page } = app;
  await page.clock.install();
  await page.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    class RecordingNotification {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body ?? '' });
      }
    }
    Object.assign(globalThis, { Notification: RecordingNotification, shownNotifications: shown });
  });
  await page.reload();
  const firstLook = page.waitForResponse((response) => response.url().includes('/notifications.list'));
  await vaultWithOrganisation(page);
  await firstLook;

  const request = await api<{ reference: string }>(page, 'requests.create', {
    request: { regime: 'gdpr', types: ['access'], receivedAt: `${addDays(todayInZone(zone), -20)}T10:00:00Z`, channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' },
  });
  const breach = await api<{ reference: string }>(page, 'breaches.create', { breach: { title: 'Laptop of Marco Esposito stolen', awareAt: new Date(Date.now() - 80 * HOUR).toISOString() } });
  await openSection(page, 'Breaches');
  await page.locator('.breach-row').first().getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(breach.reference);
  await expect(page.getByText('Laptop of Marco Esposito stolen').first()).toBeVisible();
  await expect(page).toHaveTitle(`${breach.reference} — DPO Desk`);

  await api(page, 'deadlines.updatePreferences', { changes: { timeOfDay: '00:00' } });
  await api(page, 'reminders.run', {});
  await page.clock.runFor(31_000);
  const shown = () => page.evaluate(() => (globalThis as unknown as { shownNotifications: Shown[] }).shownNotifications);
  await expect.poll(async () => (await shown()).length).toBeGreaterThan(0);
  for (const notification of await shown()) {
    expect([`DPO Desk: ${request.reference} needs attention`, `DPO Desk: ${breach.reference} needs attention`, 'DPO Desk: your day']).toContain(notification.title);
    expect(notification.body).toBe('Open DPO Desk to see the case.');
  }
});
