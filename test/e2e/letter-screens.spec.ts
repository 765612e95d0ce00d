import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, vaultWith, zone } from './page-api';
import { openSection } from './steps';

/**
 * Three screens after the seventh review's G18 pass, in English and Italian, light and dark:
 * the "Check before finalising" caution names a letter by its title in the UI's language, never
 * by its code ("portability-response"); the letter picker shows a long Italian title whole; and
 * Settings' commitments intro names the law of the country as typed, before it is saved.
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

async function italianUi(page: Page): Promise<void> {
  await openSection(page, 'Settings');
  await page.getByRole('tab', { name: 'Language' }).click();
  await page.getByRole('radio', { name: 'Italiano' }).check();
}

async function shots(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.screenshot({ path: `test-results/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openRequest(page: Page, reference: string, section: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: section === 'Requests' ? 'Main' : 'Principale' });
  await nav.getByRole('button', { name: section }).click();
  await page.locator(`.request-row[data-reference="${reference}"]`).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
}

test('the caution names the letter by its title; a long Italian title fits the picker (EN/IT, light/dark)', async ({ app }) => {
  const { page } = app;
  await vaultWith(page, organisation);
  const portability = await api<{ id: string; reference: string }>(page, 'requests.create', {
    request: { regime: 'gdpr', types: ['portability'], receivedAt: '2026-12-01T10:00:00+01:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it' },
  });
  await api(page, 'requests.transition', { id: portability.id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'E-mail not linked to an account' } });
  const limit = await api<{ id: string; reference: string }>(page, 'requests.create', {
    request: { regime: 'ccpa', types: ['opt-out', 'limit'], receivedAt: '2026-12-01T10:00:00-08:00', channel: 'email', subjectName: 'Jane Doe', subjectEmail: 'jane@example.com' },
  });

  const panel = page.getByRole('region', { name: 'Letters and notices' });
  await openRequest(page, portability.reference, 'Requests');
  await panel.getByLabel('Letter', { exact: true }).selectOption('portability-response');
  const caution = panel.locator('.letter-warnings');
  await expect(caution).toContainText(`The letter “Response to portability request ${portability.reference}” gives the person their data`);
  await expect(caution).not.toContainText('portability-response');
  await caution.scrollIntoViewIfNeeded();
  await shots(page, 'caution-title-en');

  await openRequest(page, limit.reference, 'Requests');
  await panel.getByLabel('Letter', { exact: true }).selectOption('opt-out-confirmation');
  await panel.getByLabel('Letter', { exact: true }).scrollIntoViewIfNeeded();
  await shots(page, 'letter-picker-en');

  await italianUi(page);
  await expect(page.getByRole('navigation', { name: 'Principale' })).toBeVisible();
  const pannello = page.getByRole('region', { name: 'Lettere e comunicazioni' });
  await openRequest(page, portability.reference, 'Richieste');
  await pannello.getByLabel('Lettera', { exact: true }).selectOption('portability-response');
  const avviso = pannello.locator('.letter-warnings');
  await expect(avviso).toContainText(`La lettera «Riscontro alla richiesta di portabilità ${portability.reference}» fornisce all’interessato i suoi dati`);
  await expect(avviso).not.toContainText('portability-response');
  await avviso.scrollIntoViewIfNeeded();
  await shots(page, 'caution-title-it');

  await openRequest(page, limit.reference, 'Richieste');
  const picker = pannello.getByLabel('Lettera', { exact: true });
  await picker.selectOption('opt-out-confirmation');
  await picker.scrollIntoViewIfNeeded();
  // The chosen title is shown whole: it wraps onto more lines inside the picker, which grows to hold them, never cut.
  type Styled = { clientHeight: number };
  type Style = { lineHeight: string; whiteSpace: string; paddingTop: string; paddingBottom: string };
  const shape = await picker.evaluate((select: Styled) => {
    const style = (globalThis as unknown as { getComputedStyle(element: Styled): Style }).getComputedStyle(select);
    const inner = select.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return { lines: Math.round(inner / parseFloat(style.lineHeight)), whiteSpace: style.whiteSpace };
  });
  expect(shape.whiteSpace).toBe('normal');
  expect(shape.lines).toBeGreaterThan(1);
  await shots(page, 'letter-picker-it');
});

test('Settings: the commitments intro names the law of the country as typed, before it is saved (EN/IT, light/dark)', async ({ app }) => {
  const { page } = app;
  await vaultWith(page, organisation);
  await openSection(page, 'Settings');
  const intro = page.getByText(/Your organisation's own promises/);
  await expect(intro).toContainText('the GDPR: one month from receipt');
  await page.getByLabel('Country', { exact: true }).selectOption('US');
  await expect(intro).toContainText('the CCPA: 45 calendar days from receipt');
  await intro.scrollIntoViewIfNeeded();
  await shots(page, 'commitments-intro-en');

  await page.getByRole('tab', { name: 'Language' }).click();
  await page.getByRole('radio', { name: 'Italiano' }).check();
  await page.getByRole('tab', { name: 'Organizzazione' }).click();
  const introduzione = page.getByText(/Gli impegni propri della tua organizzazione/);
  await page.getByLabel('Paese', { exact: true }).selectOption('GB');
  await expect(introduzione).toContainText('dello UK GDPR: un mese dal ricevimento');
  await introduzione.scrollIntoViewIfNeeded();
  await shots(page, 'commitments-intro-it');
});
