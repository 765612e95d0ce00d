import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { screenChecker } from './axe';
import { api, ransomwareFacts, zone } from './breaches-seed';
import { expect, test } from './fixtures';
import { vaultWith } from './page-api';
import { italian } from './steps';

/** The test's clock: the literal dates below hold on whatever day it runs. */
test.use({ locale: 'it-IT', now: '2026-12-01T09:00:00Z' });

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name, exact: true }).click();

/** English words that never occur in Italian text (the names of bodies and laws aside). */
const english = /\b(the|of|and|is|are|was|with|which|from|by|to|for|not|days?|months?|received|people|notify|risk|severity)\b/i;

test('the reasoning a DPO copies is Italian: deadline explanation, triage reasons, a rejected form and History', async ({ app }) => {
  const { page } = app;
  const check = screenChecker(page, 'light');
  await vaultWith(page, { 'organisation.country': 'IT', 'organisation.timeZone': zone, 'commitments.responseDays': 30 }, italian);
  const request = await api<{ reference: string }>(page, 'requests.create', {
    request: { regime: 'gdpr', types: ['access'], receivedAt: '2026-11-30T10:00:00Z', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.org' },
  });
  await api(page, 'breaches.create', { breach: { title: 'Ransomware sul file server', awareAt: '2026-12-01T06:00:00Z', cause: 'ransomware', facts: { ...ransomwareFacts, establishments: ['IT'], affectedCountries: ['IT', 'FR'], revealsLess: true } } });

  await nav(page, 'Richieste');
  await page.locator(`.request-row[data-reference="${request.reference}"]`).click();
  const explanations = page.locator('details.explanations');
  await explanations.locator('summary').click();
  await expect(explanations.locator('li').first()).toHaveText(
    'Scadenza mer 30 dic 2026: un mese da lun 30 nov 2026 → mer 30 dic 2026.art. 12, par. 3, del Regolamento (UE) 2016/679; Reg. (CEE, Euratom) n. 1182/71, art. 3',
  );
  for (const line of await explanations.locator('li').allTextContents()) expect(line).not.toMatch(english);
  await expect(page.locator('.timeline-action').first()).toHaveText('Richiesta registrata');
  await check('it-request-explanation');
  await explanations.screenshot({ path: `${process.env.DPO_SHOTS_DIR ?? 'test-results'}/it-explanation-panel.png` });

  await nav(page, 'Violazioni');
  await page.locator('.breach-row').filter({ hasText: 'Ransomware sul file server' }).getByRole('button').click();
  const triage = page.locator('.triage-panel');
  await expect(triage.locator('.reason-text').first()).toHaveText(/^Gravità ENISA \d,\d\d = DPC \d × EI [\d,]+ \+ CB [\d,]+: /);
  for (const reason of await triage.locator('.reason-text').allTextContents()) expect(reason.replace(/WP250|EDPB|ENISA/g, '')).not.toMatch(english);
  // The authority named from where the organisation is established and the people live, and ENISA's context of the data.
  await expect(triage.getByTestId('authorities')).toContainText('Autorità da notificare');
  await expect(triage.getByTestId('authorities')).toContainText('Garante per la protezione dei dati personali (Italia)');
  await expect(triage.getByTestId('authorities')).toContainText('stabilimento principale o unico (art. 56, par. 1)');
  await expect(triage.locator('.reason[data-factor="dpc-context"] .reason-factor')).toHaveText('Contesto dei dati (ENISA)');
  await expect(page.getByRole('checkbox', { name: 'I dati rivelano meno della loro categoria' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Paesi delle persone coinvolte' }).getByRole('checkbox', { name: 'Francia' })).toBeChecked();
  await check('it-breach-triage');
  await triage.screenshot({ path: `${process.env.DPO_SHOTS_DIR ?? 'test-results'}/it-triage-panel.png` });

  const decision = page.getByTestId('decision');
  await decision.getByLabel('Motivazione').fill('Breve');
  await decision.getByRole('button', { name: 'Registra la decisione' }).click();
  await expect(decision.getByText('Motiva la decisione in almeno 10 caratteri.')).toBeVisible();
  await check('it-rejected-decision');

  await expect(page.getByRole('heading', { name: 'Cronologia' })).toBeVisible();
  const history = page.locator('.history .history-action');
  await expect(history.first()).toHaveText('Violazione registrata, termine avviato');
  for (const label of await history.allTextContents()) expect(label).not.toMatch(/^(breach|request)\./);
  await check('it-breach-history');
});

test('the audit report as CSV opens right in an Italian office: Italian file names, `;`, labels beside the codes, days first', async ({ app }) => {
  const { page } = app;
  await vaultWith(page, { 'organisation.country': 'IT', 'organisation.timeZone': zone }, italian);
  const request = await api<{ reference: string }>(page, 'requests.create', {
    request: { regime: 'gdpr', types: ['access', 'erasure'], receivedAt: '2026-11-30T10:00:00Z', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.org' },
  });

  await nav(page, 'Report');
  await page.getByRole('radio', { name: /^CSV/ }).check();
  await page.getByRole('button', { name: 'Genera' }).click();
  const download = page.getByRole('button', { name: 'Scarica rapporto-audit-2026-01-01-2026-12-01-richieste.csv' });
  await expect(download).toBeVisible();
  const downloading = page.waitForEvent('download');
  await download.click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('rapporto-audit-2026-01-01-2026-12-01-richieste.csv');
  const [header = '', row = ''] = (await readFile((await file.path()) ?? '', 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/);
  expect(header.split(';').slice(0, 8)).toEqual(['Riferimento', 'Disciplina (codice)', 'Disciplina', 'Tipi (codice)', 'Tipi', 'Canale (codice)', 'Canale', 'Ricevuta il']);
  const cells = row.split(';');
  expect(cells[0]).toBe(request.reference);
  expect(cells.slice(1, 8)).toEqual(['gdpr', 'GDPR', 'access+erasure', 'Accesso, Cancellazione', 'email', 'E-mail', '30/11/2026']);
});
