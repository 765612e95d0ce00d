import { screenChecker } from './axe';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { api, vaultWithOrganisation } from './requests-api';
import { openSection } from './steps';

interface Saved {
  id: string;
  reference: string;
}

/** An activity with special categories, its breach facts and a processor whose contract promises 24 hours. */
async function seedPayroll(page: Page): Promise<Saved> {
  const aws = await api<Saved>(page, 'registers.saveProcessor', { processor: { name: 'Amazon Web Services EMEA SARL', service: 'Hosting', country: 'LU', dpaSignedOn: '2024-05-01', breachNoticeHours: 24 } });
  return api<Saved>(page, 'registers.saveActivity', {
    activity: {
      name: 'Personnel and payroll',
      purposes: [{ purpose: 'Paying salaries', legalBasis: 'legal-obligation', art9Condition: 'employment-social-security' }],
      specialCategories: true,
      breachCategories: ['identity', 'financial', 'health'],
      subjectsEstimate: 240,
      processorIds: [aws.id],
      retention: '10 years after the employment ends',
    },
  });
}

test('the registers by hand: a processor and its sub-processor, a transfer under SCCs, a DPIA screening', async ({ app }) => {
  const { page } = app;
  const check = screenChecker(page, 'light');
  await vaultWithOrganisation(page);
  const payroll = await seedPayroll(page);
  await openSection(page, 'Registers');

  await test.step('a processor: errors say what is wrong, in place, then it is saved with its contract', async () => {
    await page.getByRole('tab', { name: /Processors/ }).click();
    await page.getByRole('button', { name: 'Add a processor' }).click();
    const form = page.getByRole('form', { name: 'New processor' });
    await form.getByLabel('Country').fill('USA');
    await form.getByLabel('Breach notice to us within (hours)').fill('two days');
    await form.getByRole('button', { name: 'Save processor' }).click();
    await expect(form.getByText('Write a whole number of hours, such as 24, or leave it empty')).toBeVisible();
    await form.getByLabel('Breach notice to us within (hours)').fill('48');
    await form.getByRole('button', { name: 'Save processor' }).click();
    await expect(form.getByText('Use the two-letter country code, such as US')).toBeVisible();
    await expect(form.getByText('This is required.').first()).toBeVisible();
    await form.getByLabel('Name of the processor').fill('Stripe Payments Europe Ltd');
    await form.getByLabel('Service provided').fill('Payments');
    await form.getByLabel('Country').fill('IE');
    await form.getByLabel('Signed on').fill('30/02/2025');
    await form.getByRole('button', { name: 'Save processor' }).click();
    await expect(form.getByText('30/02/2025 is not a day on the calendar.')).toBeVisible();
    await form.getByLabel('Signed on').fill('28/02/2025');
    await form.getByLabel('Sub-processor authorisation (Art. 28(2))').selectOption('general');
    await check('registers-processor-form');
    await form.getByRole('button', { name: 'Save processor' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved Stripe Payments Europe Ltd' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Stripe Payments Europe Ltd/ })).toContainText('48 h');
  });

  await test.step('a sub-processor names its processor, and the processor lists it', async () => {
    await page.getByRole('button', { name: 'Add a processor' }).click();
    const form = page.getByRole('form', { name: 'New processor' });
    await form.getByLabel('Name of the processor').fill('Stripe, Inc.');
    await form.getByLabel('Service provided').fill('Payment processing in the US');
    await form.getByLabel('Country').fill('us');
    await form.getByLabel('Sub-processor of').selectOption({ label: 'Stripe Payments Europe Ltd' });
    await form.getByRole('button', { name: 'Save processor' }).click();
    await expect(page.getByRole('row', { name: /Stripe, Inc\./ })).toContainText('sub-processor of Stripe Payments Europe Ltd');
    await page.getByRole('button', { name: 'Edit Stripe Payments Europe Ltd' }).click();
    await expect(page.getByTestId('sub-processors')).toHaveText('Its sub-processors: Stripe, Inc.');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  await test.step('a transfer under SCCs needs its module; the TIA date is kept', async () => {
    await page.getByRole('tab', { name: /Transfers/ }).click();
    await page.getByRole('button', { name: 'Add a transfer' }).click();
    const form = page.getByRole('form', { name: 'New transfer' });
    await form.getByLabel('Recipient').fill('Stripe, Inc.');
    await form.getByLabel('Destination country').fill('US');
    await form.getByRole('button', { name: 'Save transfer' }).click();
    await expect(form.getByText('Choose the ground of the transfer (Arts. 45–49)')).toBeVisible();
    await form.getByLabel('Ground of the transfer').selectOption('scc');
    await form.getByLabel('Processor receiving the data').selectOption({ label: 'Stripe, Inc.' });
    await form.getByRole('button', { name: 'Save transfer' }).click();
    await expect(form.getByText('Say which SCC module applies')).toBeVisible();
    await form.getByLabel('SCC module').selectOption('p2p');
    await form.getByLabel('Assessed on').fill('15/06/2025');
    await form.getByLabel('Supplementary measures (one a line)').fill('Encryption in transit and at rest\nEU key management');
    await check('registers-transfer-form');
    await form.getByRole('button', { name: 'Save transfer' }).click();
    const row = page.getByRole('row', { name: /Stripe, Inc\./ });
    await expect(row).toContainText('Standard contractual clauses (P2P)');
    await expect(row).toContainText('2025');
  });

  await test.step('a DPIA screening says live what the answers point to, and wants reasons to go against them', async () => {
    await page.getByRole('tab', { name: /Activities/ }).click();
    await page.getByRole('button', { name: 'Edit Personnel and payroll' }).click();
    const screening = page.getByRole('form', { name: `DPIA screening of ${payroll.reference}` });
    await expect(screening.getByTestId('dpia-indication')).toHaveText('These answers do not point to a DPIA.');
    await screening.getByLabel('7. Innovative technologies (IoT, AI, wearables…), with another WP248 criterion').check();
    await expect(screening.getByTestId('dpia-indication')).toHaveText('These answers do not point to a DPIA.');
    await screening.getByLabel('Sensitive or highly personal data').check();
    await expect(screening.getByTestId('dpia-indication')).toHaveText('These answers point to a DPIA.');
    await screening.getByLabel('No DPIA is required').check();
    await screening.getByLabel('Screened on').fill('02/03/2026');
    await screening.getByRole('button', { name: 'Save screening' }).click();
    await expect(screening.getByText('The screening points to a DPIA: say why none is needed')).toBeVisible();
    await screening.getByLabel('A DPIA is required').check();
    await screening.getByRole('button', { name: 'Save screening' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Screening of ${payroll.reference} saved: DPIA Required.` })).toBeVisible();
    await check('registers-activity-dpia');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('row', { name: new RegExp(payroll.reference) })).toContainText('Required');
  });
});

test('a breach names an activity: its processors follow, the facts start from the register, and both sides show the link', async ({ app }) => {
  const { page } = app;
  const check = screenChecker(page, 'light');
  await vaultWithOrganisation(page);
  const payroll = await seedPayroll(page);
  await api(page, 'registers.screenDpia', { id: payroll.id, screening: { criteria: ['sensitive-data', 'vulnerable-subjects'], outcome: 'required', screenedOn: '2026-03-02' } });
  const breach = await api<Saved>(page, 'breaches.create', { breach: { title: 'Payroll export sent to the wrong person', awareAt: new Date(Date.now() - 3_600_000).toISOString() } });
  await test.step('a breach names the activity; its processors follow, and the facts start from the register', async () => {
    await openSection(page, 'Breaches');
    await page.getByRole('button', { name: 'Payroll export sent to the wrong person' }).click();
    const links = page.getByRole('region', { name: 'Register entries concerned' });
    await expect(links).toContainText('No activity or processor named yet.');
    await links.getByRole('button', { name: 'Change the entries' }).click();
    await links.getByLabel(`${payroll.reference} Personnel and payroll`).check();
    await expect(links.getByLabel('Amazon Web Services EMEA SARL')).toBeChecked();
    await links.getByRole('button', { name: 'Save the entries' }).click();
    await expect(links).toContainText(`${payroll.reference} Personnel and payroll`);
    await expect(links).toContainText('Processor: Amazon Web Services EMEA SARL');
    const facts = page.getByTestId('register-facts');
    await expect(facts).toContainText('About 240 people.');
    await expect(facts).toContainText('The named activities process special categories (Art. 9)');
    await expect(facts).toContainText('Amazon Web Services EMEA SARL must tell us within 24 hours (its contract).');
    await expect(page.getByText('Started from the register: check the categories and the number of people')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Health data' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Identity data' })).toBeChecked();
    const people = page.getByLabel('Approximate number of people');
    await expect(people).toHaveValue('240');
    await people.fill('3');
    await page.getByRole('checkbox', { name: 'Health data' }).uncheck();
    await page.getByRole('button', { name: 'Save facts' }).click();
    await expect(page.getByText(/Facts saved/)).toBeVisible();
    await check('breach-register-links');
    const saved = await api<{ facts: { draft: { subjects?: number; dataCategories?: string[] } } }>(page, 'breaches.get', { id: breach.id });
    expect(saved.facts.draft.subjects).toBe(3);
    expect(saved.facts.draft.dataCategories).toEqual(['identity', 'financial']);
  });

  await test.step('the activity shows the breach that names it, and Today counts the DPIA owed', async () => {
    await openSection(page, 'Registers');
    await page.getByRole('button', { name: 'Edit Personnel and payroll' }).click();
    await expect(page.getByRole('region', { name: 'Cases that name it' })).toContainText(`Breach ${breach.reference}`);
    await openSection(page, 'Today');
    await expect(page.getByTestId('register-reviews-dpia')).toHaveText('DPIAs owed: 1 · activities never screened: 0');
    await check('dashboard-register-card');
  });
});

test('the register forms in Italian and in dark colours', async ({ app }) => {
  const { page } = app;
  const check = screenChecker(page, 'dark');
  await vaultWithOrganisation(page);
  await openSection(page, 'Settings');
  await page.getByRole('tab', { name: 'Language' }).click();
  await page.getByRole('radio', { name: 'Italiano' }).check();
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Registri' }).click();
  await page.getByRole('tab', { name: /Responsabili/ }).click();
  await page.getByRole('button', { name: 'Aggiungi un responsabile' }).click();
  const form = page.getByRole('form', { name: 'Nuovo responsabile' });
  await form.getByLabel('Paese').fill('Stati Uniti');
  await form.getByRole('button', { name: 'Salva il responsabile' }).click();
  await expect(form.getByText('Indichi il codice del Paese di due lettere, come US')).toBeVisible();
  await check('it-registers-processor-form');
  await page.getByRole('button', { name: 'Annulla' }).click();
  await page.getByRole('tab', { name: /Trasferimenti/ }).click();
  await page.getByRole('button', { name: 'Aggiungi un trasferimento' }).click();
  const transfer = page.getByRole('form', { name: 'Nuovo trasferimento' });
  await transfer.getByLabel('Base del trasferimento').selectOption('derogation');
  await transfer.getByRole('button', { name: 'Salva il trasferimento' }).click();
  await expect(transfer.getByText('Indichi la deroga ex art. 49 su cui si fonda')).toBeVisible();
  await check('it-registers-transfer-form');
});

test('saving the DPIA screening keeps the activity form’s unsaved edits, and the reverse; the leave question follows what is still unsaved', async ({ app }) => {
  const { page } = app;
  await vaultWithOrganisation(page);
  const payroll = await seedPayroll(page);
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await openSection(page, 'Registers');
  await page.getByRole('button', { name: 'Edit Personnel and payroll' }).click();
  const activity = page.getByRole('form', { name: `Activity ${payroll.reference}` });
  const screening = page.getByRole('form', { name: `DPIA screening of ${payroll.reference}` });
  const toToday = () => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Today', exact: true }).click();

  await test.step('the screening is saved while the activity holds typing: the typing stays, the status follows the screening', async () => {
    await activity.getByLabel('Owner').fill('HR office');
    await screening.getByLabel('Sensitive or highly personal data').check();
    await screening.getByLabel('Data of vulnerable people').check();
    await screening.getByLabel('A DPIA is required').check();
    await screening.getByLabel('Screened on').fill('02/03/2026');
    await screening.getByRole('button', { name: 'Save screening' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Screening of ${payroll.reference} saved: DPIA Required.` })).toBeVisible();
    await expect(activity.getByLabel('Owner')).toHaveValue('HR office');
    await expect(activity.getByLabel('DPIA status')).toHaveValue('required');
    await toToday();
    await expect.poll(() => asked.length).toBe(1);
    await expect(activity.getByLabel('Owner')).toHaveValue('HR office');
  });

  await test.step('the activity is saved while the screening holds typing: the screening stays open with it', async () => {
    await screening.getByLabel('Reasons').fill('Payslips of every employee, health data among them');
    await activity.getByRole('button', { name: 'Save activity' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved ${payroll.reference}` })).toBeVisible();
    await expect(screening.getByLabel('Reasons')).toHaveValue('Payslips of every employee, health data among them');
    await expect(activity.getByLabel('Owner')).toHaveValue('HR office');
    await expect(page.getByRole('status').filter({ hasText: 'The DPIA screening below is not saved yet.' })).toBeVisible();
    await toToday();
    await expect.poll(() => asked.length).toBe(2);
    await activity.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => asked.length).toBe(3);
    expect(asked[2]).toBe('The DPIA screening has changes that are not saved. Close the activity and lose them?');
    await expect(screening.getByLabel('Reasons')).toHaveValue('Payslips of every employee, health data among them');
    await screening.getByRole('button', { name: 'Save screening' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Screening of ${payroll.reference} saved: DPIA Required.` })).toBeVisible();
    await toToday();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(asked).toEqual(['This form has changes that are not saved. Leave it and lose them?', 'This form has changes that are not saved. Leave it and lose them?', asked[2]]);
  });

  const registers = await api<{ activities: { id: string; owner: string; dpiaStatus: string; dpiaScreening: { rationale: string; criteria: string[] } | null }[] }>(page, 'registers.get', {});
  const saved = registers.activities.find((a) => a.id === payroll.id);
  expect(saved).toBeDefined();
  expect(saved?.owner).toBe('HR office');
  expect(saved?.dpiaStatus).toBe('required');
  expect(saved?.dpiaScreening?.rationale).toBe('Payslips of every employee, health data among them');
  expect(saved?.dpiaScreening?.criteria).toEqual(['sensitive-data', 'vulnerable-subjects']);
});
