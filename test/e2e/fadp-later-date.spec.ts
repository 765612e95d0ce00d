import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, vaultWith, zone } from './page-api';
import { openSection } from './steps';

/**
 * The Swiss FADP notice of a later date (Data Protection Ordinance Art. 18(2)) on the request
 * page, in English and Italian, light and dark: offered once the extension is recorded, titled in
 * the UI's language, and asking for the date by which the information will be given.
 */
test.use({ now: '2026-12-04T09:00:00Z' });

const organisation = {
  'organisation.name': 'Noventia Srl',
  'organisation.address': 'Via Privata Bernardo Rucellai 12\n20126 Milano MI',
  'organisation.country': 'IT',
  'organisation.timeZone': zone,
  'organisation.dpoName': 'Chiara Esposito',
  'organisation.dpoEmail': 'dpo@noventia.example',
};

async function shots(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.screenshot({ path: `test-results/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('the FADP notice of a later date: offered once extended, its date asked for (EN/IT, light/dark)', async ({ app }) => {
  const { page } = app;
  await vaultWith(page, organisation);
  const request = await api<{ id: string; reference: string }>(page, 'requests.create', {
    request: { regime: 'ch-fadp', types: ['access'], receivedAt: '2026-11-20T10:00:00+01:00', channel: 'email', subjectName: 'Luca Meier', subjectEmail: 'luca@example.ch' },
  });
  await api(page, 'requests.transition', { id: request.id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });

  await openSection(page, 'Requests');
  await page.locator(`.request-row[data-reference="${request.reference}"]`).click();
  const panel = page.getByRole('region', { name: 'Letters and notices' });
  const picker = panel.getByLabel('Letter', { exact: true });
  await expect(picker.locator('option[value="fadp-later-date"]')).toHaveCount(0);

  await api(page, 'requests.transition', { id: request.id, transition: { to: 'extended', reason: 'The data are kept in six systems and by two processors.', at: '2026-12-03T10:00:00+01:00' } });
  await openSection(page, 'Settings');
  await openSection(page, 'Requests');
  await page.locator(`.request-row[data-reference="${request.reference}"]`).click();
  await picker.selectOption('fadp-later-date');
  await expect(picker.locator('option:checked')).toContainText(`Date of our answer, request ${request.reference}`);
  const date = panel.getByLabel(/Date by which the information will be given/);
  await expect(date).toBeVisible();
  await date.scrollIntoViewIfNeeded();
  await shots(page, 'fadp-later-date-en');

  await openSection(page, 'Settings');
  await page.getByRole('tab', { name: 'Language' }).click();
  await page.getByRole('radio', { name: 'Italiano' }).check();
  await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Richieste' }).click();
  await page.locator(`.request-row[data-reference="${request.reference}"]`).click();
  const pannello = page.getByRole('region', { name: 'Lettere e comunicazioni' });
  const lettera = pannello.getByLabel('Lettera', { exact: true });
  await lettera.selectOption('fadp-later-date');
  await expect(lettera.locator('option:checked')).toContainText(`Data della nostra risposta, richiesta ${request.reference}`);
  const data = pannello.getByLabel(/Data entro cui sarà fornita l’informazione/);
  await expect(data).toBeVisible();
  await data.scrollIntoViewIfNeeded();
  await shots(page, 'fadp-later-date-it');
});
