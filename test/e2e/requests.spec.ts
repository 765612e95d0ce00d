import { readFile } from 'node:fs/promises';
import { addDays, daysBetween, todayInZone } from '../../electron/core/deadlines';
import { computeRequestDeadlines } from '../../electron/core/requests/request-deadlines';
import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { commitments, seedRequests, shownDate, vaultWithOrganisation, zone } from './requests-api';
import { confirmRecoveryKey, createVault, openSection, italian } from './steps';

const daysText = (days: number): string => (days === 0 ? 'Due today' : days === 1 ? '1 day left' : `${days} days left`);

test('register a GDPR access request, verify identity, extend, respond: both clocks and the inbox stay right', async ({ app }) => {
  const { page } = app;
  await createVault(page);
  await confirmRecoveryKey(page);

  await test.step('the inbox asks for the organisation first, and leads to Settings', async () => {
    await expect(page.getByRole('heading', { name: 'Set up your organisation first' })).toBeVisible();
    await page.getByRole('button', { name: 'Open Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.getByLabel('Country')).toBeFocused();
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
  const plain = computeRequestDeadlines({ regime: 'gdpr', types: ['access'], receivedDate: received, jurisdiction: 'IT', extended: false, extensionNotifiedOn: null, complex: false, clockStops: [] }, commitments);
  const extended = computeRequestDeadlines({ regime: 'gdpr', types: ['access'], receivedDate: received, jurisdiction: 'IT', extended: true, extensionNotifiedOn: null, complex: false, clockStops: [] }, commitments);
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
    await page.getByRole('button', { name: 'Back to requests' }).click();
    await expect(row.locator('.status-badge')).toHaveText('In progress');
    await expect(row.locator('.days-badge')).toHaveText(daysText(daysBetween(today, plain.effectiveDue ?? today)));
    await row.click();
  });

  await test.step('extend with a reason: the page shows the extended date', async () => {
    await page.getByRole('button', { name: 'Extend the deadline' }).click();
    await actionForm.getByLabel('Reasons for the extension').fill('short');
    await actionForm.getByRole('button', { name: 'Extend', exact: true }).click();
    await expect(actionForm.getByText('Give the reasons in at least 10 characters.')).toBeVisible();
    await actionForm.getByLabel('Reasons for the extension').fill('Records are spread over three processors and two archives.');
    await actionForm.getByRole('button', { name: 'Extend', exact: true }).click();
    const extendedDate = await shownDate(page, extended.legalExtendedDue ?? '');
    await expect(page.getByRole('status').filter({ hasText: `Extension to ${extendedDate} recorded` })).toBeVisible();
    // No notice recorded as sent yet: the original deadline binds until one is (Art. 12(3); review 6, F13).
    await expect(page.locator('[data-clock="legal"] .clock-date')).toHaveText(await shownDate(page, plain.legalDue ?? ''));
    await expect(page.getByTestId('extension-not-in-effect')).toContainText('Extension not yet in effect');
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

  const last = page.locator('.request-list-item[aria-posinset="2000"] .request-row');
  const lastReference = await last.getAttribute('data-reference');
  await last.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(lastReference ?? '');
  await page.getByRole('button', { name: 'Back to requests' }).click();
  await expect(page.locator(`.request-row[data-reference="${lastReference}"]`)).toBeInViewport();

  await page.locator('.request-list-item[aria-posinset="2000"] .request-row').focus();
  await page.keyboard.press('Home');
  await expect(page.locator('.request-list-item[aria-posinset="1"] .request-row')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.request-list-item[aria-posinset="2"] .request-row')).toBeFocused();

  await page.getByLabel('Search').fill('person1999@');
  await expect(page.getByText('1 request', { exact: true })).toBeVisible();
  await expect(page.locator('.request-row')).toHaveCount(1);
});

test('notes, files and a corrected receipt on the request page', async ({ app }) => {
  const { page } = app;
  await vaultWithOrganisation(page);
  await seedRequests(page, 1, () => 6);
  await openSection(page, 'Settings');
  await openSection(page, 'Requests');
  await page.locator('.request-row').first().click();

  await page.getByLabel('New note').fill('Called the person: they also want the call recordings.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.locator('.note-text')).toHaveText('Called the person: they also want the call recordings.');
  await expect(page.locator('.timeline-entry')).toHaveCount(2);

  await page.getByRole('button', { name: 'Correct this note' }).click();
  await expect(page.getByText(/^Correcting the note of .+ A note is never changed/)).toBeVisible();
  await expect(page.getByLabel('Corrected text')).toHaveValue('Called the person: they also want the call recordings.');
  await page.getByLabel('Corrected text').fill('Called the person: they also want the call recordings and the chat logs.');
  await page.getByRole('button', { name: 'Add the correction' }).click();
  await expect(page.getByText('Correction added.')).toBeVisible();
  const notes = page.locator('.note');
  await expect(notes.locator('.note-text')).toHaveText(['Called the person: they also want the call recordings.', 'Called the person: they also want the call recordings and the chat logs.']);
  await expect(notes.first().locator('.note-link')).toContainText('Corrected by the note of');
  await expect(notes.last().locator('.note-link')).toContainText('Corrects the note of');
  await expect(page.locator('.timeline-action').last()).toHaveText('Note corrected');

  const content = 'Identity document received by post.\n';
  await page.locator('#attachment-input').setInputFiles({ name: 'id-check.txt', mimeType: 'text/plain', buffer: Buffer.from(content) });
  await expect(page.getByText('id-check.txt attached.')).toBeVisible();
  await expect(page.locator('.file-name')).toHaveText('id-check.txt');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download id-check.txt' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('id-check.txt');
  expect(await readFile(await download.path(), 'utf8')).toBe(content);

  await page.locator('#attachment-input').setInputFiles({ name: 'tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await expect(page.locator('.request-card').filter({ hasText: 'Files' }).getByRole('alert')).toContainText('tool.exe');

  await page.getByRole('button', { name: 'Correct', exact: true }).click();
  const received = addDays(todayInZone(zone), -8);
  await page.locator('.fact form').getByLabel('Received at').fill(`${received}T09:00`);
  await page.getByLabel('Why it is corrected').fill('The letter sat in the post room for two days.');
  await page.getByRole('button', { name: 'Correct and recompute the deadlines' }).click();
  const plain = computeRequestDeadlines({ regime: 'gdpr', types: ['access'], receivedDate: received, jurisdiction: 'IT', extended: false, extensionNotifiedOn: null, complex: true, clockStops: [] }, { ...commitments, responseDays: 20 });
  await expect(page.locator('[data-clock="legal"] .clock-date')).toHaveText(await shownDate(page, plain.legalDue ?? ''));
  await expect(page.locator('.timeline-action').last()).toHaveText('Facts corrected');
});

test.describe('in Italian', () => {
  test.use({ locale: 'it-IT' });

  test('the inbox and the request page speak Italian', async ({ app }) => {
    const { page } = app;
    const check = screenChecker(page, 'light');
    await vaultWithOrganisation(page, italian);
    await seedRequests(page, 3, (i) => [3, 26, 45][i] ?? 3);
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Impostazioni' }).click();
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Richieste' }).click();
    await expect(page.getByText('3 richieste', { exact: true })).toBeVisible();
    await expect(page.locator('.days-danger')).toContainText('giorni di ritardo');
    await expect(page.locator('.days-warning')).toContainText("giorni oltre l'impegno");
    await expect(page.locator('.days-neutral')).toContainText('giorni rimanenti');
    await expect(page.getByRole('button', { name: 'Solo aperte' })).toHaveAttribute('aria-pressed', 'true');
    await check('requests-it-inbox');
    await page.locator('.request-row').first().click();
    await expect(page.locator('[data-clock="legal"]')).toContainText('Scadenza di legge');
    await expect(page.locator('[data-clock="organisation"]')).toContainText('Impegno aziendale');
    await expect(page.locator('.request-header .status-badge')).toHaveText('Ricevuta');
    await check('requests-it-page');
  });
});
