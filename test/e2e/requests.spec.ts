import type { Page } from '@playwright/test';
import { addDays, daysBetween, todayInZone } from '../../electron/core/deadlines';
import { computeRequestDeadlines } from '../../electron/core/requests/request-deadlines';
import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { confirmRecoveryKey, createVault, openSection } from './steps';

const zone = 'Europe/Rome';
const commitments = { responseDays: 30, complexResponseDays: 60, acknowledgeDays: null };

type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>>;

/** Calls the API from the page, as the renderer does; throws on an error so a broken fixture fails loudly. */
async function api<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    ([name, payload]) => (globalThis as unknown as { dpo: Api }).dpo[name as string]?.(payload),
    [channel, input] as const,
  );
  if (!result?.ok) throw new Error(`${channel}: ${result?.error?.message ?? 'no result'}`);
  return result.value as T;
}

/** Creates `count` requests in one round trip, received `daysAgo(i)` days ago at 10:00 UTC. */
async function seedRequests(page: Page, count: number, daysAgo: (i: number) => number): Promise<void> {
  const names = ['Giulia Bianchi', 'Marco Esposito', 'Sofia Romano', 'Luca Colombo', 'Chiara Ricci', 'Andrea Marino', 'Elena Greco', 'Paolo Bruno'];
  const types = [['access'], ['erasure'], ['access', 'portability'], ['rectification'], ['objection'], ['marketing-opt-out']];
  const requests = Array.from({ length: count }, (_, i) => ({
    regime: 'gdpr',
    types: types[i % types.length],
    receivedAt: `${addDays(todayInZone(zone), -daysAgo(i))}T10:00:00Z`,
    channel: i % 3 === 0 ? 'web-form' : 'email',
    subjectName: `${names[i % names.length]} ${i + 1}`,
    subjectEmail: `person${i + 1}@example.org`,
    complex: i % 7 === 0,
  }));
  const failures = await page.evaluate(async (all) => {
    const dpo = (globalThis as unknown as { dpo: Api }).dpo;
    const errors: string[] = [];
    for (let i = 0; i < all.length; i += 25) {
      const batch = await Promise.all(all.slice(i, i + 25).map((request) => dpo['requests.create']?.({ request })));
      for (const result of batch) if (!result?.ok) errors.push(result?.error?.message ?? 'no result');
    }
    return errors;
  }, requests);
  expect(failures).toEqual([]);
}

/**
 * A fresh vault with the organisation set up through the API (the journey test does it
 * through Settings). A 20-day promise makes requests received 21 to 27 days ago past the
 * organisation's commitment but never past the law's month: amber, on any day of the year.
 */
async function vaultWithOrganisation(page: Page): Promise<void> {
  await createVault(page);
  await confirmRecoveryKey(page);
  await api(page, 'settings.update', {
    changes: { 'organisation.country': 'IT', 'organisation.timeZone': zone, 'commitments.responseDays': 20, 'commitments.complexResponseDays': 60 },
  });
}

/** A civil date as the renderer shows it (the browser's own CLDR data decides the punctuation). */
function shownDate(page: Page, date: string): Promise<string> {
  return page.evaluate((d) => {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(Date.UTC(y, m - 1, day));
  }, date);
}

const daysText = (days: number): string => (days === 0 ? 'Due today' : days === 1 ? '1 day left' : `${days} days left`);

test('register a GDPR access request, verify identity, extend, respond: both clocks and the inbox stay right', async ({ app }) => {
  const { page } = app;
  await createVault(page);
  await confirmRecoveryKey(page);

  await test.step('the inbox asks for the organisation first, and leads to Settings', async () => {
    await expect(page.getByRole('heading', { name: 'Set up your organisation first' })).toBeVisible();
    await page.getByRole('button', { name: 'Open Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.getByLabel('Country').selectOption('IT');
    await page.getByLabel('Time zone').selectOption(zone);
    await page.getByLabel('Days to answer').fill('30');
    await page.getByLabel('Days for complex requests').fill('60');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Organisation details saved.')).toBeVisible();
    await openSection(page, 'Requests');
    await expect(page.getByTestId('dates-in')).toContainText(`Dates in ${zone}`);
  });

  const today = todayInZone(zone);
  const received = addDays(today, -5);
  const plain = computeRequestDeadlines({ regime: 'gdpr', types: ['access'], receivedDate: received, jurisdiction: 'IT', extended: false, complex: false, clockStops: [] }, commitments);
  const extended = computeRequestDeadlines({ regime: 'gdpr', types: ['access'], receivedDate: received, jurisdiction: 'IT', extended: true, complex: false, clockStops: [] }, commitments);
  const reference = `${received.slice(0, 4)}-0001`;
  const row = page.locator(`.request-row[data-reference="${reference}"]`);

  await test.step('the new-request form validates as you type, then registers the request', async () => {
    await page.getByRole('button', { name: 'New request' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New request' })).toBeVisible();
    await expect(page.getByLabel('Law that applies')).toHaveValue('gdpr');
    await page.getByLabel('E-mail (optional)').fill('maria.rossi@');
    await expect(page.getByText('Enter an e-mail address such as name@example.com.')).toBeVisible();
    await page.getByLabel('E-mail (optional)').fill('maria.rossi@example.org');
    await expect(page.getByText('Enter an e-mail address such as name@example.com.')).toBeHidden();
    await page.getByRole('checkbox', { name: 'Access', exact: true }).check();
    await page.getByLabel('Received at').fill(`${received}T10:30`);
    await page.getByLabel('Full name').fill('Maria Rossi');
    await page.getByRole('button', { name: 'Register request' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
    await expect(page.locator('.request-header .days-badge')).toHaveText(daysText(daysBetween(today, plain.effectiveDue ?? today)));
    await expect(page.locator('[data-clock="legal"] .clock-date')).toHaveText(await shownDate(page, plain.legalDue ?? ''));
    await expect(page.locator('[data-clock="organisation"] .clock-date')).toHaveText(await shownDate(page, plain.orgDue ?? ''));
    await page.getByText('How these dates were computed').click();
    await expect(page.locator('.explanation-citation').first()).toContainText('GDPR Art. 12(3)');
  });

  await test.step('the inbox shows it with the right days left, and Enter opens it', async () => {
    await page.getByRole('button', { name: 'Back to requests' }).click();
    await expect(row).toContainText('Maria Rossi');
    await expect(row.locator('.days-badge')).toHaveText(daysText(daysBetween(today, plain.effectiveDue ?? today)));
    await expect(row).toContainText('Received');
    await row.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  });

  const actionForm = page.locator('form.action-form');
  await test.step('ask for identity, then record it verified', async () => {
    await page.getByRole('button', { name: 'Ask for identity' }).click();
    await actionForm.getByLabel('What you asked for and why').fill('A copy of an identity document: the request came from a new address.');
    await actionForm.getByRole('button', { name: 'Record the identity request' }).click();
    await expect(page.locator('.request-header .status-badge')).toHaveText('Awaiting identity');
    await expect(page.getByRole('status').filter({ hasText: 'Identity requested.' })).toBeVisible();
    await page.getByRole('button', { name: 'Identity verified' }).click();
    await actionForm.getByRole('button', { name: 'Confirm and start work' }).click();
    await expect(page.locator('.request-header .status-badge')).toHaveText('In progress');
    await expect(page.getByTestId('identity-outcome')).toHaveText('Verified');
  });

  await test.step('extend with a reason: the page shows the extended date', async () => {
    await page.getByRole('button', { name: 'Extend the deadline' }).click();
    await actionForm.getByLabel('Reasons for the extension').fill('short');
    await actionForm.getByRole('button', { name: 'Extend', exact: true }).click();
    await expect(actionForm.getByText('Give the reasons in at least 10 characters.')).toBeVisible();
    await actionForm.getByLabel('Reasons for the extension').fill('Records are spread over three processors and two archives.');
    await actionForm.getByRole('button', { name: 'Extend', exact: true }).click();
    const extendedDate = await shownDate(page, extended.legalExtendedDue ?? '');
    await expect(page.getByRole('status').filter({ hasText: `Deadline extended to ${extendedDate}.` })).toBeVisible();
    await expect(page.locator('[data-clock="legal"] .clock-date')).toHaveText(extendedDate);
    await expect(page.getByTestId('extended-from')).toHaveText(`extended from ${await shownDate(page, plain.legalDue ?? '')}`);
    await expect(page.locator('.request-header .days-badge')).toHaveText(daysText(daysBetween(today, extended.effectiveDue ?? today)));
    await expect(page.locator('.timeline-entry')).toHaveCount(4);
    await page.getByRole('button', { name: 'Back to requests' }).click();
    await expect(row.locator('.status-badge')).toHaveText('Extended');
    await expect(row.locator('.days-badge')).toHaveText(daysText(daysBetween(today, extended.effectiveDue ?? today)));
    await row.click();
  });

  await test.step('respond fulfilled: the request closes and the inbox shows it responded', async () => {
    await page.getByRole('button', { name: 'Respond', exact: true }).click();
    await actionForm.getByLabel('What you sent or decided').fill('Sent a copy of the data and the Art. 15 information by e-mail.');
    await actionForm.getByRole('button', { name: 'Record the response' }).click();
    await expect(page.locator('.request-header .status-badge')).toHaveText('Responded');
    await expect(page.getByText('This request is closed.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Back to requests' }).click();
    await expect(row).toHaveCount(0);
    await page.getByRole('region', { name: 'Filter and sort' }).getByRole('button', { name: 'All statuses' }).click();
    await expect(row.locator('.status-badge')).toHaveText('Responded');
    await expect(row.locator('.days-badge')).toHaveText('Closed');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the inbox, the form and the request page pass axe (${scheme})`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const check = screenChecker(page, scheme);
    await vaultWithOrganisation(page);
    await seedRequests(page, 20, (i) => [2, 5, 12, 18, 25, 26, 40, 75][i % 8] ?? 3);
    await openSection(page, 'Settings');
    await openSection(page, 'Requests');
    await expect(page.getByText('20 requests', { exact: true })).toBeVisible();
    await expect(page.locator('.days-danger').first()).toBeVisible();
    await expect(page.locator('.days-warning').first()).toBeVisible();
    await check('requests-inbox');

    await page.getByRole('button', { name: 'New request' }).click();
    await page.getByRole('button', { name: 'Register request' }).click();
    await expect(page.getByText('Choose at least one request type.')).toBeVisible();
    await check('requests-form');

    await page.getByRole('button', { name: 'Back to requests' }).click();
    await page.locator('.request-row').first().click();
    await expect(page.locator('.clock-card')).toHaveCount(2);
    await page.getByRole('button', { name: 'Extend the deadline' }).click();
    await page.getByText('How these dates were computed').click();
    await check('requests-page');
  });
}

test('the inbox pages through 2,000 requests as it scrolls, keeping only the rows in view in the page', async ({ app }) => {
  const { page } = app;
  await vaultWithOrganisation(page);
  await seedRequests(page, 2_000, (i) => (i % 90) + 1);
  await openSection(page, 'Settings');
  await openSection(page, 'Requests');
  await expect(page.getByText('2,000 requests')).toBeVisible();
  const scroller = page.locator('.request-list-scroller');
  expect(await page.locator('.request-list-item').count()).toBeLessThan(60);

  await scroller.evaluate((element: { scrollTop: number; scrollHeight: number }) => {
    element.scrollTop = element.scrollHeight / 2;
  });
  await expect(page.locator('.request-list-item[aria-posinset="1000"] .request-row')).toBeVisible();
  await scroller.evaluate((element: { scrollTop: number; scrollHeight: number }) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(page.locator('.request-list-item[aria-posinset="2000"] .request-row[data-reference]')).toBeVisible();
  expect(await page.locator('.request-list-item').count()).toBeLessThan(60);

  await page.locator('.request-list-item[aria-posinset="2000"] .request-row').focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.request-list-item[aria-posinset="1"] .request-row')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.request-list-item[aria-posinset="2"] .request-row')).toBeFocused();

  await page.getByLabel('Search').fill('person1999@');
  await expect(page.getByText('1 request', { exact: true })).toBeVisible();
  await expect(page.locator('.request-row')).toHaveCount(1);
});
