import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { api, shownDate, vaultWithOrganisation } from './requests-api';
import { openSection, italian } from './steps';

/** The test's clock, so the dates below are literal: a request received ten days before, on 21 November. */
test.use({ now: '2026-12-01T09:00:00Z' });
const received = '2026-11-21';

/** UK GDPR Art. 12A stops recorded from the request page: clarification of an access request, asked and answered. */
async function ukAccessRequest(page: Parameters<typeof vaultWithOrganisation>[0]): Promise<void> {
  await api(page, 'requests.create', {
    request: { regime: 'uk-gdpr', types: ['access'], receivedAt: `${received}T10:00:00Z`, channel: 'email', subjectName: 'Sam Jones', subjectEmail: 'sam@example.co.uk' },
  });
}

test('a clarification asked and answered on the request page stops the UK clock and moves the deadline', async ({ app }) => {
  const { page } = app;
  const check = screenChecker(page, 'light');
  await vaultWithOrganisation(page);
  const asked = '2026-11-23';
  const answered = '2026-11-25';
  await ukAccessRequest(page);
  await openSection(page, 'Requests');
  await page.locator('.request-row').first().click();

  const panel = page.getByTestId('clock-stop-panel');
  await expect(panel.getByRole('heading', { name: 'Clock stops (UK GDPR Art. 12A)' })).toBeVisible();
  await panel.getByRole('button', { name: 'Ask for clarification' }).click();
  await panel.getByLabel('When it was asked').fill(`${asked}T09:00`);
  await panel.getByRole('button', { name: 'Stop the clock' }).click();
  await expect(panel.getByRole('status')).toHaveText('Clock stopped: no date runs until the answer arrives.');
  await expect(page.locator('[data-clock="legal"]')).toContainText(`Clock stopped since ${await shownDate(page, asked)} (clarification)`);
  await check('request-clock-stopped');

  await panel.getByRole('button', { name: 'Clarification received' }).click();
  await panel.getByLabel('When it arrived').fill(`${answered}T09:00`);
  await panel.getByRole('button', { name: 'Restart the clock' }).click();
  // One month from 21 November is 21 December; the three days the clock stood still (23 to 25 November) move it to 24 December.
  const due = await shownDate(page, '2026-12-24');
  await expect(panel.getByRole('status')).toHaveText(`Clock restarted: the legal deadline is now ${due}.`);
  await expect(page.locator('[data-clock="legal"] .clock-date')).toHaveText(due);
  await expect(page.locator('[data-clock="legal"]')).toContainText(`Clock stopped from ${await shownDate(page, asked)} to ${await shownDate(page, answered)} (clarification)`);
  await expect(panel.getByRole('button', { name: 'Ask for clarification' })).toBeVisible();
  await check('request-clock-restarted');
});

test.describe('in Italian', () => {
  test.use({ locale: 'it-IT' });

  test('the clock-stop steps speak Italian', async ({ app }) => {
    const { page } = app;
    const check = screenChecker(page, 'light');
    await vaultWithOrganisation(page, italian);
    await ukAccessRequest(page);
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Richieste' }).click();
    await page.locator('.request-row').first().click();
    const panel = page.getByTestId('clock-stop-panel');
    await expect(panel.getByRole('heading', { name: 'Sospensioni del termine (UK GDPR, art. 12A)' })).toBeVisible();
    await panel.getByRole('button', { name: 'Chiedi un contributo' }).click();
    await panel.getByLabel('Quando è stato chiesto').fill('2026-11-22T09:00');
    await panel.getByRole('button', { name: 'Sospendi il termine' }).click();
    await expect(panel.getByRole('status')).toHaveText('Termine sospeso: nessuna scadenza decorre finché non arriva la risposta.');
    await expect(page.locator('[data-clock="legal"]')).toContainText('(contributo)');
    await expect(panel.getByRole('button', { name: 'Contributo pagato' })).toBeVisible();
    await check('request-clock-stopped-it');
  });
});
