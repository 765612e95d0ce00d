import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { addDays, todayInZone } from '../../electron/core/deadlines';
import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { api, vaultWithOrganisation, zone } from './requests-api';
import { openSection } from './steps';

const HOUR = 3_600_000;
const groups = ['overdue', 'pastCommitment', 'dueToday', 'dueThisWeek', 'acknowledgements', 'extensionNotices'] as const;

/**
 * The morning's cases, received relative to today (the organisation promises 20 days; the law
 * gives a month, moved off weekends and holidays): overdue by law, past only the promise,
 * due today by the promise, due in three days, and one just received.
 */
const people = [
  { key: 'overdue', name: 'Maria Rossi', daysAgo: 45 },
  { key: 'pastCommitment', name: 'Luca Bianchi', daysAgo: 25 },
  { key: 'dueToday', name: 'Giulia Romano', daysAgo: 20 },
  { key: 'dueThisWeek', name: 'Paolo Greco', daysAgo: 17 },
  { key: 'fresh', name: 'Sara Conti', daysAgo: 1 },
] as const;

async function seedMorning(page: Page): Promise<Record<string, string>> {
  const today = todayInZone(zone);
  const references: Record<string, string> = {};
  for (const person of people) {
    const request = { regime: 'gdpr', types: ['access'], receivedAt: `${addDays(today, -person.daysAgo)}T10:00:00Z`, channel: 'email', subjectName: person.name };
    references[person.key] = (await api<{ reference: string }>(page, 'requests.create', { request })).reference;
  }
  await api(page, 'breaches.create', { breach: { title: 'Stolen laptop of the sales team', awareAt: new Date(Date.now() - 10 * HOUR).toISOString() } });
  await api(page, 'breaches.create', { breach: { title: 'Payslips e-mailed to the wrong list', awareAt: new Date(Date.now() - 80 * HOUR).toISOString() } });
  await api(page, 'retention.saveRule', {
    rule: { category: 'Customer accounts', periodCount: 3, periodUnit: 'years', trigger: 'account-closure', legalBasis: 'Art. 2946 c.c.', firstReview: addDays(today, 10) },
  });
  await api(page, 'deadlines.updatePreferences', { changes: { timeOfDay: '00:00', closedCaseRetentionMonths: 24 } });
  await api(page, 'reminders.run', {});
  return references;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the morning view: breach clocks first, lists that match their counts, the calendar and the .ics (${scheme})`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const check = screenChecker(page, scheme);
    await vaultWithOrganisation(page);
    const references = await seedMorning(page);
    await openSection(page, 'Requests');
    await openSection(page, 'Today');

    await test.step('Today opens with the breach clocks, the running one counting down', async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
      await expect(page.getByTestId('dashboard-zone')).toContainText(`dates and times in ${zone}`);
      await expect(page.getByTestId('count-breaches')).toHaveText('2');
      const rows = page.locator('.dash-breach-row');
      await expect(rows.first()).toContainText('Payslips e-mailed to the wrong list');
      await expect(rows.first().getByTestId('breach-countdown')).toContainText('Past 72 h by 8 h');
      await expect(rows.nth(1).getByTestId('breach-countdown')).toContainText(/^6[12] h \d+ min left$/);
    });

    await test.step('every count is the length of its list, and each case is where it belongs', async () => {
      for (const key of groups) {
        const section = page.locator(`[data-group="${key}"]`);
        const count = Number(await page.getByTestId(`count-${key}`).textContent());
        await expect(section.locator('.dash-row')).toHaveCount(count);
        await expect(page.locator(`[data-count="${key}"] .dash-tile-value`)).toHaveText(String(count));
      }
      for (const key of ['overdue', 'pastCommitment', 'dueToday', 'dueThisWeek'] as const) {
        await expect(page.locator(`[data-group="${key}"] .dash-row[data-reference="${references[key]}"]`)).toBeVisible();
      }
      await expect(page.locator(`.dash-row[data-reference="${references.fresh}"]`)).toHaveCount(0);
      await expect(page.getByTestId('count-reviews')).toHaveText('1');
      await check('dashboard');
    });

    await test.step('the daily summary waits in the notification list', async () => {
      await page.getByRole('button', { name: 'Notifications, 1 unread' }).click();
      await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Daily summary');
      await expect(page.getByTestId('notification-counts')).toHaveText('1 notification, 1 unread.');
      await check('dashboard-notifications');
      await page.getByRole('button', { name: 'Mark all as read' }).click();
      await expect(page.getByTestId('notification-counts')).toHaveText('1 notification, 0 unread.');
      await expect(page.getByRole('button', { name: 'Notifications', exact: true })).toBeVisible();
      await page.keyboard.press('Escape');
    });

    await test.step('the next action opens the case', async () => {
      await page.getByRole('button', { name: `Ask for identity: ${references.overdue}` }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(references.overdue ?? '');
      await openSection(page, 'Today');
      await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    });

    await test.step('the month shows today’s deadlines; the agenda starts with what is overdue', async () => {
      await openSection(page, 'Deadlines');
      await expect(page.getByTestId('calendar-zone')).toContainText(zone);
      const selected = page.locator('.cal-month .cal-day');
      await expect(selected.locator(`.cal-item[data-reference="${references.dueToday}"]`)).toBeVisible();
      await check('dashboard-calendar-month');
      await page.getByRole('button', { name: 'Agenda' }).click();
      const overdue = page.getByRole('region', { name: 'Overdue' });
      await expect(overdue.locator(`.cal-item[data-reference="${references.pastCommitment}"]`).first()).toBeVisible();
      await check('dashboard-calendar-agenda');
      for (const kind of ['Response due', 'Acknowledgement', 'Extension notice', 'Retention review']) await page.getByRole('button', { name: kind, pressed: true }).click();
      await expect(page.locator('.cal-item')).toHaveCount(2);
      await expect(page.locator('.cal-item[data-kind="breach-72h"]')).toHaveCount(2);
    });

    await test.step('the .ics export leaves names out by default', async () => {
      await page.getByRole('button', { name: 'Export .ics' }).click();
      await expect(page.getByRole('checkbox', { name: 'Leave names out' })).toBeChecked();
      await check('dashboard-export');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the .ics file' }).click()]);
      const text = await readFile((await download.path()) ?? '', 'utf8');
      expect(text).toContain('BEGIN:VCALENDAR');
      expect(text).toMatch(/SUMMARY:Breach B-\d{4}-00\d: 72 hours to notify the authority/);
      expect(text).not.toMatch(/laptop|Payslips/i);
      await page.getByRole('button', { name: 'Close' }).first().click();
    });

    await test.step('Settings holds the reminders and the retention register', async () => {
      await openSection(page, 'Settings');
      await page.getByRole('tab', { name: 'Reminders' }).click();
      await expect(page.getByLabel('Breaches: hours before the 72-hour deadline')).toHaveValue('48, 24, 6');
      await check('dashboard-settings-reminders');
      await page.getByRole('tab', { name: 'Retention' }).click();
      await expect(page.locator('.retention-rule[data-category="Customer accounts"]')).toBeVisible();
      await expect(page.getByText('No closed case is older than the period.')).toBeVisible();
      await check('dashboard-settings-retention');
    });
  });
}
