import type { Page } from '@playwright/test';
import { addDays, todayInZone } from '../../electron/core/deadlines';
import { expect, test } from './fixtures';
import { api, vaultWithOrganisation, zone } from './requests-api';
import { openSection } from './steps';

type Saved = { id: string; reference: string };

/** Counts the "leave and lose the changes?" questions; each is answered as `answer` says. */
function leaveQuestions(page: Page) {
  const asked: string[] = [];
  let answer: 'stay' | 'leave' = 'stay';
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void (answer === 'stay' ? dialog.dismiss() : dialog.accept());
  });
  return {
    asked,
    answer: (next: 'stay' | 'leave') => {
      answer = next;
    },
  };
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

test('every form asks before its unsaved changes are left behind; register facts the form starts from do not count', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await vaultWithOrganisation(page);
  const questions = leaveQuestions(page);
  const request = await api<Saved>(page, 'requests.create', {
    request: { regime: 'gdpr', types: ['access'], receivedAt: `${addDays(todayInZone(zone), -3)}T10:00:00Z`, channel: 'email', subjectName: 'Anna Verdi', subjectEmail: 'anna@example.it' },
  });
  const payroll = await api<Saved>(page, 'registers.saveActivity', {
    activity: { name: 'Personnel and payroll', purposes: [{ purpose: 'Paying salaries', legalBasis: 'legal-obligation', art9Condition: 'employment-social-security' }], specialCategories: true, breachCategories: ['identity', 'financial', 'health'], subjectsEstimate: 240, retention: '10 years after the employment ends' },
  });
  const breach = await api<Saved>(page, 'breaches.create', { breach: { title: 'Payslips e-mailed to the wrong list', awareAt: new Date(Date.now() - 5 * 3_600_000).toISOString() } });
  await api(page, 'registers.setCaseLinks', { caseType: 'breach', caseId: breach.id, activityIds: [payroll.id], processorIds: [] });
  const openBreach = async () => {
    await openSection(page, 'Breaches');
    await page.getByText('Payslips e-mailed to the wrong list').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Payslips e-mailed to the wrong list');
  };

  await test.step('breach facts prefilled from the register: leaving does not ask; a change of the DPO does', async () => {
    await openBreach();
    const facts = page.locator('form.facts-form');
    await expect(facts.getByLabel('Approximate number of people')).toHaveValue('240');
    await expect(page.getByText('Started from the register')).toBeVisible();
    await nav(page, 'Today');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(questions.asked).toHaveLength(0);
    await openBreach();
    await facts.getByLabel('Approximate number of people').fill('260');
    await nav(page, 'Today');
    expect(questions.asked).toEqual(['This form has changes that are not saved. Leave it and lose them?']);
    await expect(facts.getByLabel('Approximate number of people')).toHaveValue('260');
    await facts.getByRole('button', { name: 'Save facts' }).click();
    await expect(facts.getByText('Not saved yet')).toHaveCount(0);
  });

  await test.step('the breach record: Back to the register asks while the title is changed', async () => {
    const record = page.locator('section.record-section');
    await record.getByLabel('Title', { exact: true }).fill('Payslips sent to the wrong mailing list');
    await page.getByRole('button', { name: 'Breach register' }).click();
    expect(questions.asked).toHaveLength(2);
    await expect(record.getByLabel('Title', { exact: true })).toHaveValue('Payslips sent to the wrong mailing list');
    questions.answer('leave');
    await page.getByRole('button', { name: 'Breach register' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Breaches' })).toBeVisible();
    expect(questions.asked).toHaveLength(3);
    questions.answer('stay');
  });

  await test.step('a request correction: Back to requests and the browser’s Back ask', async () => {
    await openSection(page, 'Requests');
    await page.locator(`.request-row[data-reference="${request.reference}"]`).click();
    await page.getByRole('button', { name: 'Correct facts' }).click();
    const form = page.locator('.record-panel form.action-form');
    await form.getByLabel('E-mail', { exact: true }).fill('anna.verdi@example.it');
    await page.getByRole('button', { name: 'Back to requests' }).click();
    await expect.poll(() => questions.asked.length).toBe(4);
    await page.goBack();
    await expect.poll(() => questions.asked.length).toBe(5);
    await expect(page).toHaveURL(new RegExp(`#/requests/${request.id}$`));
    await expect(form.getByLabel('E-mail', { exact: true })).toHaveValue('anna.verdi@example.it');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Back to requests' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
    expect(questions.asked).toHaveLength(5);
  });

  await test.step('a register entry and a client: the sidebar asks while they hold typing', async () => {
    await openSection(page, 'Registers');
    await page.getByRole('button', { name: 'Add an activity' }).click();
    await page.getByLabel('Name of the activity').fill('Newsletter');
    await nav(page, 'Today');
    expect(questions.asked).toHaveLength(6);
    await expect(page.getByLabel('Name of the activity')).toHaveValue('Newsletter');
    questions.answer('leave');
    await nav(page, 'Clients');
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
    questions.answer('stay');
    await page.getByRole('button', { name: 'Add a client' }).click();
    await page.getByLabel('Name of the client (the controller)').fill('Bottega Rossi Srl');
    await nav(page, 'Today');
    expect(questions.asked).toHaveLength(8);
    await expect(page.getByLabel('Name of the client (the controller)')).toHaveValue('Bottega Rossi Srl');
  });
});
