import { screenChecker } from './axe';
import { api, hoursAgo } from './breaches-seed';
import { expect, test } from './fixtures';
import { vaultWithOrganisation } from './requests-api';
import { openSection } from './steps';

test('clients with their agreement terms, and a breach page showing every clock (authority, each client, NIS2), in English and Italian', async ({ app }) => {
  const { page } = app;
  const check = screenChecker(page, 'light');
  await vaultWithOrganisation(page);
  const verdi = await api<{ id: string }>(page, 'clients.save', { client: { name: 'Studio Legale Verdi', privacyContact: 'segreteria@studioverdi.example', country: 'IT' } });

  await test.step('a client is added with the terms of its processing agreement', async () => {
    await openSection(page, 'Clients');
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
    await page.getByRole('button', { name: 'Add a client' }).click();
    const form = page.getByRole('form', { name: 'Add a client' });
    await form.getByLabel('Name of the client (the controller)').fill('Bottega Rossi Srl');
    await form.getByLabel('Privacy contact at the client').fill('privacy@bottegarossi.example');
    await form.getByLabel('Hours to notify the client of a breach').fill('24h');
    await form.getByRole('button', { name: 'Save client' }).click();
    await expect(form.getByText('Enter a whole number, or leave it empty.')).toBeVisible();
    await form.getByLabel('Hours to notify the client of a breach').fill('24');
    await form.getByLabel('Days to forward or assist with a request').fill('3');
    await form.getByRole('radio', { name: 'working' }).check();
    await form.getByRole('button', { name: 'Save client' }).click();
    await expect(page.getByRole('status')).toContainText('Bottega Rossi Srl saved.');
    await expect(page.getByRole('row', { name: /Bottega Rossi Srl/ })).toContainText('3 working days');
    await expect(page.getByRole('row', { name: /Studio Legale Verdi/ })).toContainText('without undue delay');
    await page.getByRole('radio', { name: 'an important entity' }).check();
    await page.getByLabel('CSIRT or national authority').fill('CSIRT Italia (ACN)');
    await page.getByRole('button', { name: 'Save NIS2 setting' }).click();
    await expect(page.getByText('NIS2 setting saved.')).toBeVisible();
    await check('clients-list');
  });

  const clients = await api<{ id: string; name: string }[]>(page, 'clients.list', {});
  const bottega = clients.find((c) => c.name === 'Bottega Rossi Srl')?.id ?? '';
  await api(page, 'breaches.create', {
    breach: { title: 'Storage bucket left public', awareAt: hoursAgo(10), roles: { controllerSide: true, clientIds: [bottega, verdi.id], nis2Significant: true } },
  });

  await test.step('the breach page lists every clock with its rule', async () => {
    await openSection(page, 'Breaches');
    await page.getByRole('button', { name: 'Storage bucket left public' }).click();
    const clocks = page.getByRole('table', { name: 'Every clock of this case' });
    await expect(clocks).toBeVisible();
    const rows = clocks.locator('tbody tr');
    await expect(rows).toHaveCount(6);
    await expect(clocks.locator('tr[data-kind="gdpr-authority"]')).toContainText('GDPR Art. 33(1)');
    await expect(clocks.getByRole('row', { name: /Bottega Rossi Srl/ })).toContainText('24 hours from our awareness, as the processing agreement says');
    await expect(clocks.getByRole('row', { name: /Studio Legale Verdi/ })).toContainText('without undue delay');
    await expect(clocks.locator('tr[data-kind="nis2-early-warning"]')).toContainText('Directive (EU) 2022/2555 Art. 23(4)(a)');
    await expect(clocks.locator('tr[data-kind="nis2-final"]')).toContainText('not started');
    await check('breach-all-clocks');
  });

  await test.step('Today lists the clocks the breach owes beside its 72 hours', async () => {
    await openSection(page, 'Today');
    const row = page.locator('.dash-breach-row', { hasText: 'Storage bucket left public' });
    await expect(row.locator('.dash-other-clock[data-kind="gdpr-client"]')).toHaveCount(2);
    await expect(row.locator('.dash-other-clock[data-kind="nis2-early-warning"]')).toContainText('NIS2 early warning, CSIRT');
    await check('today-other-clocks');
    await openSection(page, 'Breaches');
    await page.getByRole('button', { name: 'Storage bucket left public' }).click();
  });

  await test.step('Today shows no authority 72 hours on a breach that touches only clients’ data', async () => {
    await api(page, 'breaches.create', { breach: { title: 'Client exports mailed to the wrong client', awareAt: hoursAgo(5), roles: { controllerSide: false, clientIds: [bottega], nis2Significant: false } } });
    await openSection(page, 'Today');
    const row = page.locator('.dash-breach-row', { hasText: 'Client exports mailed to the wrong client' });
    await expect(row.getByTestId('processor-only')).toContainText('Processor only: our deadlines are the notices to the clients');
    await expect(row).not.toContainText('Deadline ');
    await expect(row.locator('.dash-other-clock[data-kind="gdpr-client"]')).toContainText('Bottega Rossi Srl');
    // The countdown runs on the 24 hours of Bottega's contract: 19 hours left, not the authority's 67.
    await expect(row.getByTestId('breach-countdown')).toContainText(/^1[89]\s?h/);
    await expect(row.getByRole('button', { name: /Notify the clients/ })).toBeVisible();
    await check('today-processor-only');
    // The register list does not count down the authority's 72 hours either.
    await openSection(page, 'Breaches');
    const listRow = page.locator('.breach-table tbody tr', { hasText: 'Client exports mailed to the wrong client' });
    await expect(listRow.locator('[data-clock="processor"]')).toHaveText('Processor only');
    await expect(page.locator('.breach-table tbody tr', { hasText: 'Storage bucket left public' }).locator('[data-clock="processor"]')).toHaveCount(0);
    await check('breaches-processor-only');
    // Its page shows the clients' clocks and no Art. 33(1) countdown.
    await page.getByRole('button', { name: 'Client exports mailed to the wrong client' }).click();
    await expect(page.getByRole('table', { name: 'Every clock of this case' })).toContainText('Bottega Rossi Srl');
    await expect(page.getByTestId('countdown')).toHaveCount(0);
    await openSection(page, 'Breaches');
    await page.getByRole('button', { name: 'Storage bucket left public' }).click();
  });

  await test.step('a notice to a client stops its clock', async () => {
    const form = page.getByRole('form', { name: 'Record a notice to a client' });
    await form.getByLabel('Client').selectOption({ label: 'Bottega Rossi Srl' });
    await form.getByLabel('How').fill('PEC');
    await form.getByRole('button', { name: 'Record the notice' }).click();
    const row = page.getByRole('table', { name: 'Every clock of this case' }).getByRole('row', { name: /Bottega Rossi Srl/ });
    await expect(row).toContainText('done in time');
  });

  await test.step('in Italian', async () => {
    await openSection(page, 'Settings');
    await page.getByRole('tab', { name: 'Language' }).click();
    await page.getByRole('radio', { name: 'Italiano' }).check();
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Violazioni' }).click();
    await page.getByRole('button', { name: 'Storage bucket left public' }).click();
    const clocks = page.getByRole('table', { name: 'Tutte le scadenze di questo caso' });
    await expect(clocks.locator('tr[data-kind="nis2-early-warning"]')).toContainText('Pre-notifica NIS2');
    await expect(clocks.locator('tr[data-kind="gdpr-authority"]')).toContainText('art. 33, par. 1, del Regolamento (UE) 2016/679');
    await expect(clocks.getByRole('button', { name: 'Prepara la comunicazione a Bottega Rossi Srl (PDF)' })).toBeVisible();
    await expect(clocks.getByRole('button', { name: 'Prepara la segnalazione: Pre-notifica NIS2 (PDF)' })).toBeVisible();
    await check('breach-all-clocks-it');
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Clienti' }).click();
    await expect(page.getByRole('row', { name: /Bottega Rossi Srl/ })).toContainText('3 giorni lavorativi');
    await check('clients-list-it');
  });
});

test('on the breach page each client’s row opens its notice and each NIS2 row its report; the notice, finalised and sent, stops that client’s clock', async ({ app }) => {
  const { page } = app;
  const check = screenChecker(page, 'light');
  await vaultWithOrganisation(page);
  await api(page, 'settings.update', {
    changes: {
      'organisation.name': 'Noventia Srl',
      'organisation.address': 'Via Rucellai 12, 20126 Milano',
      'organisation.dpoName': 'Chiara Esposito',
      'organisation.dpoEmail': 'dpo@noventia.example',
      'nis2.scope': 'important',
      'nis2.authority': 'CSIRT Italia (ACN)',
      'nis2.contactName': 'Luca Bianchi',
      'nis2.contactRole': 'Referente CSIRT',
      'nis2.contactEmail': 'csirt@noventia.example',
    },
  });
  const verdi = await api<{ id: string }>(page, 'clients.save', { client: { name: 'Studio Legale Verdi', privacyContact: 'segreteria@studioverdi.example', country: 'IT' } });
  const rossi = await api<{ id: string }>(page, 'clients.save', { client: { name: 'Bottega Rossi Srl', privacyContact: 'privacy@bottegarossi.example', country: 'IT', breachNoticeHours: 24 } });
  await api(page, 'breaches.create', {
    breach: {
      title: 'Storage bucket left public',
      awareAt: hoursAgo(30),
      description: 'A storage bucket with exports of two clients’ lead lists was readable without authentication.',
      cause: 'human-error',
      roles: { controllerSide: true, clientIds: [rossi.id, verdi.id], nis2Significant: true },
    },
  });
  await openSection(page, 'Breaches');
  await page.getByRole('button', { name: 'Storage bucket left public' }).click();

  await test.step('a client’s row opens its notice in the documents panel; finalised and sent, it stops that client’s clock', async () => {
    const clocks = page.getByRole('table', { name: 'Every clock of this case' });
    await clocks.getByRole('button', { name: 'Prepare the notice to Studio Legale Verdi (PDF)' }).click();
    const panel = page.getByRole('region', { name: 'Letters and notices' });
    await expect(panel.getByLabel('Letter', { exact: true })).toHaveValue('client-notice');
    await expect(panel.getByLabel(/^Client the notice is for/)).toHaveValue('Studio Legale Verdi');
    await expect(panel.getByRole('heading', { name: 'Letters and notices' })).toBeFocused();
    await panel.getByLabel(/^What happened, written for the client/).fill('A storage bucket holding your lead list was readable without authentication.');
    await panel.getByLabel(/^When the rest will follow/).fill('by Friday, 12:00');
    await expect(panel.getByText('Nothing is missing: the letter is ready.')).toBeVisible();
    await expect(panel.locator('.letter-paper')).toContainText('Studio Legale Verdi');
    await check('breach-client-notice');
    await panel.getByRole('button', { name: 'Finalise…' }).click();
    await page.getByRole('dialog', { name: 'Finalise this letter?' }).getByRole('button', { name: 'Finalise', exact: true }).click();
    const item = panel.getByRole('list', { name: 'Finalised letters on this case' }).getByRole('listitem');
    await expect(item).toHaveCount(1);
    await item.getByRole('button', { name: 'Record sending…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record that this letter was sent' });
    await dialog.getByLabel('Channel').selectOption('pec');
    await dialog.getByRole('button', { name: 'Record', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(clocks.getByRole('row', { name: /Studio Legale Verdi/ }).locator('.clock-chip')).toHaveText('done in time');
  });

  await test.step('a NIS2 report’s row opens that report', async () => {
    const clocks = page.getByRole('table', { name: 'Every clock of this case' });
    await clocks.getByRole('button', { name: 'Prepare the report: NIS2 incident notification (PDF)' }).click();
    const panel = page.getByRole('region', { name: 'Letters and notices' });
    await expect(panel.getByLabel('Letter', { exact: true })).toHaveValue('nis2-report');
    await expect(panel.getByRole('combobox', { name: /^NIS2 report \(/ })).toHaveValue('notification');
    await expect(panel.locator('.letter-paper')).toContainText('72 hours');
    // Signed by the NIS2 CSIRT contact of the settings.
    await expect(panel.locator('.letter-paper')).toContainText('Luca Bianchi, CSIRT contact');
    await clocks.getByRole('button', { name: 'Prepare the report: NIS2 early warning (PDF)' }).click();
    await expect(panel.getByRole('combobox', { name: /^NIS2 report \(/ })).toHaveValue('early-warning');
  });

  await test.step('a NIS2 report sent after its deadline says so before it is recorded, and shows as late', async () => {
    const form = page.getByRole('form', { name: 'Record a NIS2 report to the CSIRT' });
    await expect(form.getByLabel('Report')).toHaveValue('early-warning');
    await expect(form.getByTestId('nis2-report-late')).toContainText('it will show as late');
    await form.getByRole('button', { name: 'Record the report' }).click();
    const row = page.getByRole('table', { name: 'Every clock of this case' }).locator('tr[data-kind="nis2-early-warning"]');
    await expect(row.locator('.clock-chip')).toHaveText('done late');
    await expect(row.getByTestId('clock-late')).toContainText(/, 6(\.\d)? h after the deadline$/);
    await check('breach-nis2-late');
  });

});

test('a request about a client’s data: chosen at intake, the contract’s clock beside the controller’s deadline, the inbox filtered by role, in English and Italian', async ({ app }) => {
  const { page } = app;
  const check = screenChecker(page, 'light');
  await vaultWithOrganisation(page);
  await api(page, 'clients.save', { client: { name: 'Bottega Rossi Srl', privacyContact: 'privacy@bottegarossi.example', country: 'IT', requestDays: 5 } });
  await api(page, 'requests.create', { request: { regime: 'gdpr', types: ['access'], receivedAt: hoursAgo(30), channel: 'email', subjectName: 'Marco Viola' } });

  await test.step('at intake the request is marked as held for the client', async () => {
    await openSection(page, 'Requests');
    await page.getByRole('button', { name: 'New request' }).click();
    await page.getByLabel('Whose data is it?').selectOption({ label: 'Bottega Rossi Srl\'s: we hold it as processor' });
    await page.getByRole('checkbox', { name: 'Erasure', exact: true }).check();
    await page.getByLabel('Full name').fill('Paola Neri');
    await check('request-form-processor');
    await page.getByRole('button', { name: 'Register request' }).click();
    const card = page.getByRole('region', { name: 'Processor clocks' });
    await expect(card).toContainText('We hold this data for Bottega Rossi Srl, the controller');
    await expect(page.getByTestId('processor-badge')).toHaveText('Processor for Bottega Rossi Srl');
    const clocks = card.getByRole('table');
    await expect(clocks.locator('tr[data-kind="processor-forward"]')).toContainText('5 calendar days after receipt, as the processing agreement says');
    await expect(clocks.locator('tr[data-kind="controller-legal"]')).toContainText('for context, not ours');
    // The top cards are ours as processor; the controller's deadline is context, not a card of ours.
    const top = page.locator('.request-clocks[data-capacity="processor"]');
    await expect(top.locator('[data-clock="legal"]')).toContainText('Forward to Bottega Rossi Srl by (our deadline as processor)');
    await expect(top.locator('[data-clock="organisation"]')).toContainText('when the client asks: no date yet');
    await expect(top.getByTestId('controller-context')).toContainText('Context, not our deadline: Bottega Rossi Srl, the controller, must answer the person by');
    await expect(top).not.toContainText('Legal deadline');
    await page.getByRole('button', { name: 'Back to requests' }).click();
    await page.locator('.request-row', { hasText: 'Marco Viola' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Marco Viola/ })).toBeVisible();
    await expect(page.getByTestId('processor-badge')).toHaveCount(0);
    await page.getByRole('button', { name: 'Back to requests' }).click();
    await page.locator('.request-row', { hasText: 'Paola Neri' }).click();
    await expect(page.getByTestId('processor-badge')).toBeVisible();
    await check('request-processor-clocks');
  });

  await test.step('the inbox filters by role and names the client', async () => {
    await page.getByRole('button', { name: 'Back to requests' }).click();
    await page.getByLabel('Role').selectOption({ label: 'Clients\', as processor' });
    await expect(page.locator('.request-row')).toHaveCount(1);
    await expect(page.locator('.request-row')).toContainText('processor for Bottega Rossi Srl');
    await page.getByLabel('Role').selectOption({ label: 'Ours, as controller' });
    await expect(page.locator('.request-row')).toHaveCount(1);
    await expect(page.locator('.request-row')).toContainText('Marco Viola');
    await check('inbox-role-filter');
  });

  await test.step('in Italian', async () => {
    await openSection(page, 'Settings');
    await page.getByRole('tab', { name: 'Language' }).click();
    await page.getByRole('radio', { name: 'Italiano' }).check();
    await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Richieste' }).click();
    await page.getByLabel('Ruolo').selectOption({ label: 'Dei clienti, come responsabile' });
    await page.locator('.request-row').first().click();
    const card = page.getByRole('region', { name: 'Scadenze come responsabile' });
    await expect(page.getByTestId('processor-badge')).toHaveText('Responsabile del trattamento per Bottega Rossi Srl');
    await expect(card.locator('tr[data-kind="processor-forward"]')).toContainText('5 giorni di calendario dalla ricezione');
    await expect(page.locator('.request-clocks[data-capacity="processor"] [data-clock="legal"]')).toContainText('Inoltrare a Bottega Rossi Srl entro');
    await expect(page.getByTestId('controller-context')).toContainText('Contesto, non è un nostro termine');
    await check('request-processor-clocks-it');
  });
});
