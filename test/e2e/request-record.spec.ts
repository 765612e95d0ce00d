import { addDays, todayInZone } from '../../electron/core/deadlines';
import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { api, vaultWithOrganisation, zone } from './requests-api';
import { openSection, italian } from './steps';

const received = (daysAgo: number) => `${addDays(todayInZone(zone), -daysAgo)}T10:00:00Z`;
const person = (name: string, daysAgo: number) => ({ regime: 'gdpr', types: ['access'], receivedAt: received(daysAgo), channel: 'email', subjectName: name, subjectEmail: `${name.split(' ')[0]?.toLowerCase()}@example.it` });

test('a month of work: acknowledge, correct an e-mail, extend and send the extension letter, respond late and see it flagged, undo an extension, void a mistake', async ({ app }) => {
  test.setTimeout(300_000);
  const { page } = app;
  const check = screenChecker(page, 'light');
  await vaultWithOrganisation(page);
  await api(page, 'settings.update', {
    changes: {
      'commitments.acknowledgeDays': 2,
      'organisation.name': 'Noventia Srl',
      'organisation.address': 'Via Privata Bernardo Rucellai 12\n20126 Milano MI',
      'organisation.dpoName': 'Chiara Esposito',
      'organisation.dpoEmail': 'dpo@noventia.example',
    },
  });
  const late = await api<{ id: string; reference: string }>(page, 'requests.create', { request: person('Giulia Bianchi', 40) });
  const fresh = await api<{ id: string; reference: string }>(page, 'requests.create', { request: person('Marco Rossi', 1) });
  const mistake = await api<{ id: string; reference: string }>(page, 'requests.create', { request: person('Test Entry', 1) });
  const complex = await api<{ id: string; reference: string }>(page, 'requests.create', { request: person('Anna Verdi', 12) });
  const header = page.locator('.request-header');
  const recordForm = page.locator('.record-panel form.action-form');
  const actionForm = page.locator('.actions-panel form.action-form');

  await test.step('Today’s “Acknowledge” opens the acknowledgement step; recording it empties the list', async () => {
    await openSection(page, 'Today');
    const row = page.locator(`.dash-row[data-reference="${fresh.reference}"]`).filter({ has: page.getByRole('button', { name: /^Acknowledge/ }) });
    await row.getByRole('button', { name: /^Acknowledge/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(fresh.reference);
    await expect(recordForm.getByRole('heading', { name: 'Record the acknowledgement of receipt' })).toBeVisible();
    await recordForm.getByRole('button', { name: 'Record the acknowledgement' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Acknowledgement recorded.' })).toBeVisible();
    await expect(page.locator('.record-ack')).toContainText('Receipt acknowledged on');
    await openSection(page, 'Today');
    await expect(page.locator(`.dash-row[data-reference="${fresh.reference}"]`).filter({ has: page.getByRole('button', { name: /^Acknowledge/ }) })).toHaveCount(0);
  });

  await test.step('correct an e-mail address with a reason: History keeps old and new', async () => {
    await openSection(page, 'Requests');
    await page.locator(`.request-row[data-reference="${late.reference}"]`).click();
    await page.getByRole('button', { name: 'Correct facts' }).click();
    await recordForm.getByLabel('E-mail', { exact: true }).fill('giulia.bianchi@example.com');
    await recordForm.getByLabel('Reason (kept in the case history)').fill('Typo in the address: the reply bounced');
    await recordForm.getByRole('button', { name: 'Save the correction' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Correction saved; it is in History.' })).toBeVisible();
    const entry = page.locator('.timeline-entry').last();
    await expect(entry).toContainText('Facts corrected');
    await expect(entry.locator('del')).toHaveText('giulia@example.it');
    await expect(entry.locator('ins')).toHaveText('giulia.bianchi@example.com');
  });

  await test.step('respond after the deadline: the closed request says how late, against the law and the commitment', async () => {
    await page.getByRole('button', { name: 'Identity verified' }).click();
    await actionForm.getByRole('button', { name: 'Confirm and start work' }).click();
    await expect(header.locator('.status-badge')).toHaveText('In progress');
    await page.getByRole('button', { name: 'Respond', exact: true }).click();
    await actionForm.getByLabel('What you sent or decided').fill('Sent a copy of the data by e-mail.');
    await actionForm.getByRole('button', { name: 'Record the response' }).click();
    await expect(header.locator('.status-badge')).toHaveText('Responded');
    await expect(page.getByTestId('lateness')).toContainText(/Law \d+ days? late · Our commitment \d+ days late/);
    await check('request-record-late');
    await page.getByRole('button', { name: 'Back to requests' }).click();
    await page.getByLabel('Answered late').selectOption('legal');
    const row = page.locator(`.request-row[data-reference="${late.reference}"]`);
    await expect(row.locator('.late-flag')).toContainText('late (law)');
    await expect(page.locator('.request-row')).toHaveCount(1);
    await check('request-inbox-late');
    await page.getByLabel('Answered late').selectOption('');
  });

  await test.step('extend a complex request and send the extension letter: it is dated, finalised, its sending recorded, and the extension stays', async () => {
    await page.locator(`.request-row[data-reference="${complex.reference}"]`).click();
    await page.getByRole('button', { name: 'Extend the deadline' }).click();
    await actionForm.getByLabel('Reasons for the extension').fill('The data sit in three systems run by two processors.');
    await actionForm.getByRole('button', { name: 'Extend', exact: true }).click();
    await expect(header.locator('.status-badge')).toHaveText('Extended');
    const panel = page.getByRole('region', { name: 'Letters and notices' });
    const suggestion = panel.getByTestId('letter-suggestion');
    await expect(suggestion).toContainText('The deadline was extended: the person must be told, with the reasons, by');
    await check('request-letter-suggestion');
    await suggestion.getByRole('button', { name: 'Prepare the extension letter' }).click();
    await expect(panel.getByLabel('Letter', { exact: true })).toHaveValue('extension-notice');
    await expect(suggestion).toHaveCount(0);
    await expect(panel.getByText('Nothing is missing: the letter is ready.')).toBeVisible();
    const [year, month, day] = todayInZone(zone).split('-');
    await expect(panel.getByLabel('Date of the letter')).toHaveValue(`${day}/${month}/${year}`);
    await expect(panel.locator('.letter-paper')).toContainText('The data sit in three systems run by two processors.');
    await panel.getByRole('button', { name: 'Finalise…' }).click();
    await page.getByRole('dialog', { name: 'Finalise this letter?' }).getByRole('button', { name: 'Finalise', exact: true }).click();
    const letter = panel.getByRole('list', { name: 'Finalised letters on this case' }).getByRole('listitem');
    await expect(letter).toContainText('Not sent yet');
    await letter.getByRole('button', { name: 'Record sending…' }).click();
    const sent = page.getByRole('dialog', { name: 'Record that this letter was sent' });
    await sent.getByLabel('Channel').selectOption('email');
    await sent.getByRole('button', { name: 'Record', exact: true }).click();
    await expect(sent).toBeHidden();
    await expect(letter).toContainText('by e-mail to Anna Verdi');
    await check('request-extension-sent');
    await expect(page.getByRole('button', { name: 'Undo the extension' })).toHaveCount(0);
    await expect(suggestion).toHaveCount(0);
    await expect(header.locator('.status-badge')).toHaveText('Extended');
    await page.getByRole('button', { name: 'Back to requests' }).click();
  });

  await test.step('extend by mistake, then undo it while no notice was sent', async () => {
    await page.getByRole('region', { name: 'Filter and sort' }).getByRole('button', { name: 'All statuses' }).click();
    await page.locator(`.request-row[data-reference="${fresh.reference}"]`).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(fresh.reference);
    await page.getByRole('button', { name: 'Extend the deadline' }).click();
    await actionForm.getByLabel('Reasons for the extension').fill('Records are spread over three processors.');
    await actionForm.getByRole('button', { name: 'Extend', exact: true }).click();
    await expect(header.locator('.status-badge')).toHaveText('Extended');
    await page.getByRole('button', { name: 'Undo the extension' }).click();
    await recordForm.getByLabel('Reason (kept in the case history)').fill('Extended the wrong request');
    await recordForm.getByRole('button', { name: 'Undo the extension' }).click();
    await expect(header.locator('.status-badge')).toHaveText('Received');
    await expect(page.locator('.timeline-entry').last()).toContainText('Extension undone');
  });

  await test.step('void a request registered in error: marked void, out of the open count', async () => {
    await page.getByRole('button', { name: 'Back to requests' }).click();
    await page.locator(`.request-row[data-reference="${mistake.reference}"]`).click();
    await page.getByRole('button', { name: 'Void (registered in error)' }).click();
    await recordForm.getByLabel('Reason (kept in the case history)').fill('A test entry, not a request');
    await recordForm.getByRole('button', { name: 'Void the request' }).click();
    await expect(header.locator('.status-badge')).toHaveText('Void (registered in error)');
    await expect(page.locator('.void-banner')).toContainText('Void: registered in error');
    await check('request-record-void');
    const counts = await api<{ open: number; byStatus: Record<string, number> }>(page, 'requests.counts', {});
    expect(counts).toMatchObject({ open: 2, byStatus: { void: 1, responded: 1, extended: 1 } });
  });

  await test.step('every screen has its address: Back, Forward and reload keep the place', async () => {
    await expect(page).toHaveURL(new RegExp(`#/requests/${mistake.id}$`));
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(mistake.reference);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(mistake.reference);
    await expect(header.locator('.status-badge')).toHaveText('Void (registered in error)');
  });

  await test.step('keyboard: ? lists the shortcuts, g then a letter moves, n starts a request that asks before it is left', async () => {
    await page.locator('.sidebar-brand').click();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toContainText('Go to Breaches');
    await check('shortcuts');
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await page.keyboard.press('g');
    await page.keyboard.press('b');
    await expect(page.getByRole('heading', { level: 1, name: 'Breaches' })).toBeVisible();
    await expect(page).toHaveURL(/#\/breaches$/);
    await page.keyboard.press('g');
    await page.keyboard.press('r');
    await page.keyboard.press('/');
    await expect(page.getByLabel('Search')).toBeFocused();
    await page.locator('.sidebar-brand').click();
    await page.keyboard.press('n');
    await expect(page).toHaveURL(/#\/requests\/new$/);
    await page.getByLabel('Full name').fill('Half typed');
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Today' }).click();
    await expect(page).toHaveURL(/#\/requests\/new$/);
    await expect(page.getByLabel('Full name')).toHaveValue('Half typed');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Today' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  });
});

test('a letter being prepared reads a correction at once: the missing address leaves its list', async ({ app }) => {
  const { page } = app;
  await vaultWithOrganisation(page);
  await api(page, 'settings.update', {
    changes: { 'organisation.name': 'Noventia Srl', 'organisation.address': 'Via Privata Bernardo Rucellai 12\n20126 Milano MI', 'organisation.dpoName': 'Chiara Esposito', 'organisation.dpoEmail': 'dpo@noventia.example' },
  });
  const { subjectEmail: _none, ...byPost } = person('Paolo Neri', 2);
  const request = await api<{ id: string; reference: string }>(page, 'requests.create', { request: { ...byPost, channel: 'post' } });
  await openSection(page, 'Requests');
  await page.locator(`.request-row[data-reference="${request.reference}"]`).click();
  const panel = page.getByRole('region', { name: 'Letters and notices' });
  await panel.getByLabel('Letter').selectOption('acknowledgement');
  const missing = panel.getByRole('group', { name: 'Missing before the letter can be generated' });
  await expect(missing).toContainText('Recipient’s postal or e-mail address');
  await page.getByRole('button', { name: 'Correct facts' }).click();
  const recordForm = page.locator('.record-panel form.action-form');
  await recordForm.getByLabel('E-mail', { exact: true }).fill('paolo.neri@example.it');
  await recordForm.getByLabel('Reason (kept in the case history)').fill('The e-mail address was on the envelope');
  await recordForm.getByRole('button', { name: 'Save the correction' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correction saved; it is in History.' })).toBeVisible();
  await expect(missing).toHaveCount(0);
  await expect(panel.getByText('Nothing is missing: the letter is ready.')).toBeVisible();
  await expect(panel.getByLabel('Letter', { exact: true })).toHaveValue('acknowledgement');
});

test('a letter missing the DPO’s e-mail opens Settings with the cursor in that field', async ({ app }) => {
  const { page } = app;
  await vaultWithOrganisation(page);
  await api(page, 'settings.update', { changes: { 'organisation.name': 'Noventia Srl', 'organisation.address': 'Via Privata Bernardo Rucellai 12\n20126 Milano MI', 'organisation.dpoName': 'Chiara Esposito' } });
  const request = await api<{ id: string; reference: string }>(page, 'requests.create', { request: person('Paolo Neri', 2) });
  await openSection(page, 'Requests');
  await page.locator(`.request-row[data-reference="${request.reference}"]`).click();
  const panel = page.getByRole('region', { name: 'Letters and notices' });
  await panel.getByLabel('Letter').selectOption('acknowledgement');
  await expect(panel.getByRole('group', { name: 'Missing before the letter can be generated' })).toContainText('DPO e-mail');
  await panel.getByRole('button', { name: 'Open Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('DPO e-mail', { exact: true })).toBeFocused();
});

test.describe('in Italian', () => {
  test.use({ locale: 'it-IT' });
  test('the record panel, a late answer and a correction read in Italian', async ({ app }) => {
    const { page } = app;
    const check = screenChecker(page, 'dark');
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await vaultWithOrganisation(page, italian);
    const { id, reference } = await api<{ id: string; reference: string }>(page, 'requests.create', { request: person('Giulia Bianchi', 40) });
    await api(page, 'requests.correct', { id, correction: { reason: 'Indirizzo errato', changes: { subjectEmail: 'giulia.bianchi@example.com' } } });
    await api(page, 'requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'email-confirmation', outcome: 'verified' } } });
    await api(page, 'requests.transition', { id, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Copia inviata' } });
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Richieste' }).click();
    await page.getByRole('region', { name: 'Filtra e ordina' }).getByLabel('Risposte in ritardo').selectOption('legal');
    await page.locator(`.request-row[data-reference="${reference}"]`).click();
    await expect(page.getByTestId('lateness')).toContainText(/Scadenza di legge in ritardo di \d+ giorn/);
    await expect(page.locator('.timeline-entry').filter({ hasText: 'Dati corretti' })).toContainText('giulia.bianchi@example.com');
    await page.getByRole('button', { name: 'Correggi i dati' }).click();
    await check('it-request-record');

    const extended = await api<{ id: string; reference: string }>(page, 'requests.create', { request: person('Marco Rossi', 5) });
    await api(page, 'requests.transition', { id: extended.id, transition: { to: 'in-progress', identity: { method: 'email-confirmation', outcome: 'verified' } } });
    await api(page, 'requests.transition', { id: extended.id, transition: { to: 'extended', reason: 'Dati in tre sistemi gestiti da due responsabili' } });
    await page.getByRole('button', { name: 'Torna alle richieste' }).click();
    await page.getByRole('region', { name: 'Filtra e ordina' }).getByLabel('Risposte in ritardo').selectOption('');
    await page.locator(`.request-row[data-reference="${extended.reference}"]`).click();
    const suggestion = page.getByTestId('letter-suggestion');
    await expect(suggestion).toContainText('Il termine è stato prorogato: l\'interessato va informato, con i motivi, entro');
    await expect(suggestion.getByRole('button', { name: 'Prepara la lettera di proroga' })).toBeVisible();
    await check('it-request-letter-suggestion');
  });
});
