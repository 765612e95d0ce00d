import { screenChecker } from './axe';
import { api, ransomwareFacts, zone } from './breaches-seed';
import { expect, test } from './fixtures';
import { confirmRecoveryKey, createVault, type Labels } from './steps';

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

test.use({ locale: 'it-IT' });

const nav = (page: import('@playwright/test').Page, name: string) => page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name, exact: true }).click();

test('the reasoning a DPO copies is Italian: deadline explanation and triage reasons', async ({ app }) => {
  const { page } = app;
  const check = screenChecker(page, 'light');
  await createVault(page, italian);
  await confirmRecoveryKey(page, italian);
  await api(page, 'settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': zone, 'commitments.responseDays': 30 } });
  const request = await api<{ reference: string }>(page, 'requests.create', {
    request: { regime: 'gdpr', types: ['access'], receivedAt: '2026-11-30T10:00:00Z', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.org' },
  });
  await api(page, 'breaches.create', { breach: { title: 'Ransomware sul file server', awareAt: new Date(Date.now() - 3 * 3_600_000).toISOString(), cause: 'ransomware', facts: ransomwareFacts } });

  await nav(page, 'Richieste');
  await page.locator(`.request-row[data-reference="${request.reference}"]`).click();
  const explanations = page.locator('details.explanations');
  await explanations.locator('summary').click();
  await expect(explanations.locator('li').first()).toBeVisible();
  await check('it-request-explanation');
  await explanations.screenshot({ path: `${process.env.DPO_SHOTS_DIR ?? 'test-results'}/it-explanation-panel.png` });

  await nav(page, 'Violazioni');
  await page.locator('.breach-row').filter({ hasText: 'Ransomware sul file server' }).getByRole('button').click();
  const triage = page.locator('.triage-panel');
  await expect(triage.locator('.reason').first()).toBeVisible();
  await check('it-breach-triage');
  await triage.screenshot({ path: `${process.env.DPO_SHOTS_DIR ?? 'test-results'}/it-triage-panel.png` });
});
