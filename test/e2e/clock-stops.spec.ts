import { addDays, todayInZone } from '../../electron/core/deadlines';
import { computeRequestDeadlines } from '../../electron/core/requests/request-deadlines';
import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { api, commitments, shownDate, vaultWithOrganisation, zone } from './requests-api';
import { openSection, type Labels } from './steps';

/** UK GDPR Art. 12A stops recorded from the request page: clarification of an access request, asked and answered. */
async function ukAccessRequest(page: Parameters<typeof vaultWithOrganisation>[0], received: string): Promise<{ jurisdiction: string }> {
  return api<{ jurisdiction: string }>(page, 'requests.create', {
    request: { regime: 'uk-gdpr', types: ['access'], receivedAt: `${received}T10:00:00Z`, channel: 'email', subjectName: 'Sam Jones', subjectEmail: 'sam@example.co.uk' },
  });
}

test('a clarification asked and answered on the request page stops the UK clock and moves the deadline', async ({ app }) => {
  const { page } = app;
  const check = screenChecker(page, 'light');
  await vaultWithOrganisation(page);
  const received = addDays(todayInZone(zone), -10);
  const asked = addDays(received, 2);
  const answered = addDays(received, 4);
  const { jurisdiction } = await ukAccessRequest(page, received);
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
  const expected = computeRequestDeadlines(
    { regime: 'uk-gdpr', types: ['access'], receivedDate: received, jurisdiction, extended: false, complex: false, clockStops: [{ reason: 'clarification', from: asked, to: answered }] },
    { ...commitments, responseDays: 20 },
  );
  const due = await shownDate(page, expected.legalDue ?? '');
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
    await vaultWithOrganisation(page, italian);
    const received = addDays(todayInZone(zone), -10);
    await ukAccessRequest(page, received);
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Richieste' }).click();
    await page.locator('.request-row').first().click();
    const panel = page.getByTestId('clock-stop-panel');
    await expect(panel.getByRole('heading', { name: 'Sospensioni del termine (UK GDPR, art. 12A)' })).toBeVisible();
    await panel.getByRole('button', { name: 'Chiedi un contributo' }).click();
    await panel.getByLabel('Quando è stato chiesto').fill(`${addDays(received, 1)}T09:00`);
    await panel.getByRole('button', { name: 'Sospendi il termine' }).click();
    await expect(panel.getByRole('status')).toHaveText('Termine sospeso: nessuna scadenza decorre finché non arriva la risposta.');
    await expect(page.locator('[data-clock="legal"]')).toContainText('(contributo)');
    await expect(panel.getByRole('button', { name: 'Contributo pagato' })).toBeVisible();
    await check('request-clock-stopped-it');
  });
});
