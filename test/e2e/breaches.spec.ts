import { triageBreachFacts } from '../../electron/core/breaches/triage';
import { screenChecker } from './axe';
import { api, ransomwareFacts, seedRegister, shownInstant, zone } from './breaches-seed';
import { zoneWithOffset } from '../../electron/shared/pure/zoned-time';
import { expect, test } from './fixtures';
import { vaultWith } from './page-api';
import { confirmRecoveryKey, createVault, openSection, italian } from './steps';

const HOUR = 3_600_000;
const levelWords = { low: 'Low', medium: 'Medium', high: 'High', 'very-high': 'Very high' } as const;

test('a breach from the first minute: quick entry, triage, decision, preliminary notice to the Garante, notified in time', async ({ app }) => {
  const { page } = app;
  await createVault(page);
  await confirmRecoveryKey(page);

  await test.step('the organisation is set in Settings: Italy, Europe/Rome', async () => {
    await openSection(page, 'Settings');
    await page.getByLabel('Country').selectOption('IT');
    await page.getByLabel('Time zone').selectOption(zone);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Organisation details saved.')).toBeVisible();
    await openSection(page, 'Breaches');
    await expect(page.getByRole('heading', { level: 1, name: 'Personal-data breaches' })).toBeVisible();
    await expect(page.getByTestId('times-in')).toContainText(`Times in ${zone}`);
    await expect(page.getByRole('heading', { name: 'No breaches recorded' })).toBeVisible();
  });

  const before = Date.now();
  await test.step('"I just learned of a breach": a title, aware now, and the clock runs', async () => {
    await page.getByRole('button', { name: 'I just learned of a breach' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Record a breach now' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('What happened, in a few words')).toBeFocused();
    await dialog.getByRole('button', { name: 'Start the clock' }).click();
    await expect(dialog.getByText('Give the breach a title.')).toBeVisible();
    await dialog.getByLabel('What happened, in a few words').fill('Ransomware on the file server');
    await expect(dialog.getByTestId('quick-entry-deadline')).toContainText('The authority must be notified by');
    await dialog.getByRole('button', { name: 'Start the clock' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`B-${new Date(before).getFullYear()}-001`);
    await expect(dialog).toBeHidden();
  });

  const awareAt = (await page.getByTestId('aware-at').locator('time').getAttribute('datetime')) ?? '';
  const deadline = (await page.getByTestId('deadline').locator('time').getAttribute('datetime')) ?? '';
  await test.step('the page shows about 72 hours left and the exact deadline in Europe/Rome', async () => {
    expect(Date.parse(awareAt)).toBeGreaterThanOrEqual(before - 1_000);
    expect(Date.parse(awareAt)).toBeLessThanOrEqual(Date.now());
    expect(awareAt).toMatch(/[+-]0[12]:00$/);
    expect(Date.parse(deadline) - Date.parse(awareAt)).toBe(72 * HOUR);
    await expect(page.getByTestId('countdown')).toHaveText(/^(71 h 5\d|72 h 0) min left$/);
    await expect(page.getByTestId('deadline')).toHaveText(`${await shownInstant(page, deadline)} ${zoneWithOffset(Date.parse(deadline), zone)}`);
    await expect(page.getByText(/72 real hours from the moment of awareness/)).toBeVisible();
  });

  const expected = triageBreachFacts({ ...ransomwareFacts, awareAt, establishments: ['IT'], affectedCountries: ['IT', 'FR'] });
  await test.step('the facts are entered: the severity and the recommendation appear with their reasons', async () => {
    await expect(page.getByTestId('triage-severity')).toHaveCount(0);
    await page.getByRole('group', { name: 'Confidentiality' }).getByLabel('Unknown recipients').check();
    await page.getByRole('group', { name: 'Integrity' }).getByLabel('Not affected').check();
    await page.getByRole('group', { name: 'Availability' }).getByLabel('Lost for days').check();
    await page.getByRole('group', { name: 'Was it done on purpose?' }).getByLabel('Yes').check();
    await page.getByRole('checkbox', { name: 'Contact details' }).check();
    await page.getByRole('checkbox', { name: 'Payment card data' }).check();
    await page.getByLabel('Approximate number of people').fill('1,200');
    await page.getByRole('group', { name: 'EU/EEA establishments' }).getByRole('checkbox', { name: 'Italy' }).check();
    await page.getByRole('group', { name: 'Countries of the people affected' }).getByRole('checkbox', { name: 'Italy' }).check();
    await page.getByRole('group', { name: 'Countries of the people affected' }).getByRole('checkbox', { name: 'France' }).check();
    await expect(page.getByTestId('authorities')).toContainText('Garante per la protezione dei dati personali (Italy)');
    await expect(page.getByTestId('authorities')).toHaveAttribute('data-basis', 'one-stop-shop');
    await expect(page.getByTestId('triage-severity')).toContainText(levelWords[expected.severity.level]);
    const recommendation = page.getByTestId('recommendation');
    await expect(recommendation).toContainText(expected.notifyAuthority ? 'Notify the supervisory authority within 72 hours' : 'No need to notify the authority');
    await expect(recommendation).toContainText(expected.notifySubjects ? 'Tell the people affected' : 'No need to tell the people affected');
    await expect(page.locator('.reason')).toHaveCount(expected.reasons.length);
    for (const reason of expected.reasons) await expect(page.locator(`.reason[data-factor="${reason.factor}"] .reason-text`)).toHaveText(reason.text);
    await expect(page.getByText('From the facts in the form, not saved yet')).toBeVisible();
    await page.getByRole('button', { name: 'Save facts' }).click();
    await expect(page.getByText('Facts saved. The breach is triaged.')).toBeVisible();
    await expect(page.locator('.breach-header .severity-badge')).toContainText(levelWords[expected.severity.level]);
  });

  await test.step('the DPO records the decision, following the recommendation, and the breach is assessed', async () => {
    const decision = page.getByTestId('decision');
    await expect(decision.getByText('This follows the recommendation.')).toBeVisible();
    expect(expected.notifySubjects).toBe(true);
    const tellPeople = decision.getByRole('group', { name: 'Tell the people affected?' });
    await tellPeople.getByLabel('No', { exact: true }).check();
    await expect(decision.getByTestId('departs')).toBeVisible();
    await decision.getByLabel('Rationale').fill('Too soon');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await expect(decision.getByText('Choose the Art. 34(3) ground, or decide to tell the people.')).toBeVisible();
    await expect(decision.getByText('Explain the decision in at least 10 characters.')).toBeVisible();
    await tellPeople.getByLabel('Yes', { exact: true }).check();
    await expect(decision.getByText('This follows the recommendation.')).toBeVisible();
    await decision.getByLabel('Rationale').fill('Card data taken by criminals: the customers must block their cards, and the Garante must know.');
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await expect(decision.getByText('Follows the recommendation', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Mark as assessed' }).click();
    await expect(page.locator('.breach-header .breach-status')).toHaveText('Assessed');
    await expect(page.getByRole('button', { name: 'Mark as notified' })).toBeDisabled();
    await expect(page.getByText('Record the notification to the authority first')).toBeVisible();
  });

  await test.step('the preliminary notification to the Garante is recorded in time, and the breach is notified', async () => {
    await page.getByRole('button', { name: 'Record a notification to the authority' }).click();
    const form = page.locator('form.breach-subform');
    await expect(form.getByLabel('Preliminary notification')).toBeChecked();
    await expect(form.getByLabel('Reasons for the delay')).toHaveCount(0);
    await form.getByLabel('Channel').selectOption({ label: "Authority's online procedure" });
    await form.getByLabel('Protocol number or reference (optional)').fill('GPDP-2026-0042');
    await form.getByLabel('What was notified').fill('Ransomware with exfiltration of contact and card data of about 1,200 customers; containment under way.');
    await form.getByRole('button', { name: 'Record the notification' }).click();
    await expect(page.getByText('Notification to the authority recorded.')).toBeVisible();
    await expect(page.locator('.notice-item[data-phase="preliminary"]')).toContainText('in time');
    await expect(page.getByTestId('countdown')).toHaveText('Notified in time');
    await page.getByRole('button', { name: 'Mark as notified' }).click();
    await expect(page.locator('.breach-header .breach-status')).toHaveText('Notified');
    await expect(page.locator('.timeline-item')).toHaveCount(6);
  });

  await test.step('the complete notification is now owed (Art. 33(4)): due in 30 days by default, and a later phase says what it adds', async () => {
    await expect(page.getByTestId('follow-up')).toContainText('Complete notification due');
    await expect(page.getByTestId('follow-up')).toContainText('30 days left');
    await expect(page.getByTestId('follow-up')).toContainText('Art. 33(4) GDPR');
    await page.getByRole('button', { name: 'Record a notification to the authority' }).click();
    const form = page.locator('form.breach-subform');
    await expect(form.getByLabel('Preliminary notification')).toHaveCount(0);
    await expect(form.getByText('A preliminary notification is already recorded')).toBeVisible();
    await form.getByLabel('Complete notification').check();
    await form.getByLabel('What was notified').fill('The complete notification.');
    await form.getByRole('button', { name: 'Record the notification' }).click();
    await expect(form.getByText('Say what this notification adds to or corrects in the earlier one.')).toBeVisible();
    await form.getByLabel('What this notification adds or corrects').fill('The final count: 1,180 customers.');
    await form.getByRole('button', { name: 'Record the notification' }).click();
    await expect(page.locator('.notice-item[data-phase="complete"]')).toContainText('Adds or corrects: The final count: 1,180 customers.');
    await expect(page.getByTestId('follow-up')).toHaveCount(0);
  });

  await test.step('the register shows it notified in time', async () => {
    await page.getByRole('button', { name: 'Breach register' }).click();
    const row = page.locator('.breach-row').filter({ hasText: 'Ransomware on the file server' });
    await expect(row.locator('.breach-status')).toHaveText('Notified');
    await expect(row.locator('.clock-cell')).toHaveText('Notified in time');
    await expect(row.locator('.severity-badge')).toContainText(levelWords[expected.severity.level]);
  });
});

test('a first notice after the 72 hours needs the reasons for the delay', async ({ app }) => {
  const { page } = app;
  await vaultWith(page, { 'organisation.country': 'IT', 'organisation.timeZone': zone });
  await api(page, 'breaches.create', { breach: { title: 'Backup tape lost in transit', awareAt: new Date(Date.now() - 80 * HOUR).toISOString() } });
  await openSection(page, 'Breaches');
  const row = page.locator('.breach-row').first();
  await expect(row.locator('.clock-cell')).toHaveText(/^Past 72 h by 8 h \d+ min$/);
  await row.getByRole('button').click();
  await expect(page.getByTestId('countdown')).toHaveText(/^Past 72 h by 8 h \d+ min$/);
  await page.getByRole('button', { name: 'Record a notification to the authority' }).click();
  const form = page.locator('form.breach-subform');
  await form.getByLabel('What was notified').fill('Preliminary notification of a lost backup tape.');
  await form.getByRole('button', { name: 'Record the notification' }).click();
  await expect(form.getByText('Give the reasons for the delay.')).toBeVisible();
  await form.getByLabel('Reasons for the delay').fill('The tape was only missed at the monthly inventory.');
  await form.getByRole('button', { name: 'Record the notification' }).click();
  await expect(page.locator('.notice-item')).toContainText('late');
  await expect(page.getByTestId('countdown')).toHaveText('Notified late');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the register, the quick entry and the breach page pass axe (${scheme})`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const check = screenChecker(page, scheme);
    await vaultWith(page, { 'organisation.country': 'IT', 'organisation.timeZone': zone });
    await seedRegister(page);
    await openSection(page, 'Breaches');
    await expect(page.getByText('6 breaches', { exact: true })).toBeVisible();
    await expect(page.locator('.clock-danger')).toHaveText(/^Past 72 h by 8 h/);
    await expect(page.locator('.clock-warning')).toHaveText(/^11 h 5\d min left$/);
    await expect(page.locator('.clock-cell[data-clock="notified-late"]')).toHaveText('Notified late');
    await expect(page.locator('.clock-cell[data-clock="not-required"]')).toHaveText('Not required');
    await check('breaches-list');

    await page.getByRole('button', { name: 'I just learned of a breach' }).click();
    await page.getByRole('dialog').getByLabel('What happened, in a few words').fill('Lost USB stick with payroll data');
    await check('breaches-quick-entry');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.locator('.breach-row').filter({ hasText: 'Ransomware on the file server' }).getByRole('button').click();
    await expect(page.getByTestId('triage-severity')).toBeVisible();
    await page.getByRole('button', { name: 'Record a notification to the authority' }).click();
    await check('breaches-page');
  });
}

test.describe('in Italian', () => {
  test.use({ locale: 'it-IT' });

  test('the register and the breach page speak Italian, with the reasons keyed by their factor', async ({ app }) => {
    const { page } = app;
    const check = screenChecker(page, 'light');
    await vaultWith(page, { 'organisation.country': 'IT', 'organisation.timeZone': zone }, italian);
    await seedRegister(page);
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Violazioni' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Violazioni dei dati personali' })).toBeVisible();
    await expect(page.getByText('6 violazioni', { exact: true })).toBeVisible();
    await expect(page.locator('.clock-warning')).toHaveText(/^mancano 11 h 5\d min$/);
    await expect(page.locator('.clock-danger')).toHaveText(/^Oltre le 72 h da 8 h/);
    await expect(page.locator('.clock-cell[data-clock="notified-in-time"]')).toHaveText('Notificata nei termini');
    await check('breaches-it-list');

    await page.locator('.breach-row').filter({ hasText: 'Ransomware on the file server' }).getByRole('button').click();
    await expect(page.locator('.breach-header .breach-status')).toHaveText('Valutata');
    await expect(page.getByRole('heading', { name: 'Notifica al Garante', exact: true })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Riservatezza' })).toBeVisible();
    await expect(page.getByTestId('recommendation')).toContainText('Notifica al Garante entro 72 ore');
    await expect(page.locator('.reason[data-factor="severity"] .reason-factor')).toHaveText('Gravità');
    await expect(page.locator('.reason-text').first()).toContainText('Gravità ENISA');
    await expect(page.locator('.reason-text').first()).not.toHaveAttribute('lang', 'en');
    await check('breaches-it-page');
  });
});
