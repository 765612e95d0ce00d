import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { api } from './requests-api';
import { confirmRecoveryKey, createVault, openSection } from './steps';

/**
 * The organisation's commitments judged against the law on their own: Settings warns next to
 * a commitment that ends later than the legal deadline, as it is typed, and the Reports screen
 * flags it with the report's figures; in English and in Italian.
 */
for (const scheme of ['light', 'dark'] as const) {
  test(`a commitment later than the law allows is flagged in Settings and in the report, in English and Italian (${scheme})`, async ({ app }) => {
    const { page } = app;
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const check = screenChecker(page, scheme);
    await createVault(page);
    await confirmRecoveryKey(page);
    await api(page, 'settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome' } });

    await test.step('Settings warns next to "Days to answer" while 30 days can outlast the GDPR month, and not at 28', async () => {
      await openSection(page, 'Settings');
      const answer = page.getByLabel('Days to answer');
      const warning = page.getByTestId('commitment-warning-response');
      await answer.fill('30');
      await expect(warning).toContainText('Later than the law allows: 30 days end after the legal deadline (GDPR: one month, GDPR Art. 12(3)) for every type of request it applies to');
      await expect(warning).toContainText(/of the next 366 receipt dates\. For example: received .+, legal deadline .+, this commitment .+\./);
      // It names the types due on receipt, which no promise in days covers (review 4, D1): a commitment within the month clears it.
      await expect(warning.getByTestId('commitment-not-applied')).toHaveText(
        'No commitment in days applies to requests for consent withdrawal and marketing opt-out, which the law wants acted on when they arrive (GDPR Arts 7(3) and 21(3)); their commitment date is the legal one, the day of receipt.',
      );
      await expect(answer).toHaveAccessibleDescription(/Later than the law allows/);
      await expect(page.getByTestId('commitment-warning-complexResponse')).toHaveCount(0);
      await answer.fill('28');
      await expect(warning).toHaveCount(0);
      await answer.fill('30');
      await page.getByLabel('Days for complex requests').fill('60');
      await expect(warning).toBeVisible();
      await check('settings-commitment-warning');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByText('Organisation details saved.')).toBeVisible();
    });

    await test.step('the Reports screen flags it beside the figures', async () => {
      await openSection(page, 'Reports');
      await page.getByRole('radio', { name: /^PDF/ }).check();
      await page.getByRole('button', { name: 'Generate' }).click();
      const flags = page.getByTestId('report-commitment-warnings');
      await expect(flags).toContainText('Days to answer — Later than the law allows: 30 days end after the legal deadline (GDPR: one month, GDPR Art. 12(3))');
      await expect(flags).toContainText(/of 365 receipt dates from .*1 Jan/);
      await check('reports-commitment-warning');
      // The CSV report: the summary and one file per register, each listed with its own download.
      await page.getByRole('radio', { name: /^CSV/ }).check();
      await page.getByRole('button', { name: 'Generate' }).click();
      await expect(page.locator('.report-file')).toHaveCount(4);
      await expect(page.getByText('The report is ready: 4 files.')).toBeVisible();
      // No breach was notified: the 72-hour figure says so, not "None answered".
      await expect(page.locator('.report-figure-detail', { hasText: 'None notified' })).toHaveCount(1);
      await check('reports-files');
    });

    await test.step('in Italian, the same warnings in Italian', async () => {
      await openSection(page, 'Settings');
      await page.getByRole('tab', { name: 'Language' }).click();
      await page.getByRole('radio', { name: 'Italiano' }).check();
      await page.getByRole('tab', { name: 'Organizzazione' }).click();
      await expect(page.getByTestId('commitment-warning-response')).toContainText(
        'Oltre il termine di legge: 30 giorni scadono dopo il termine di legge (GDPR: un mese, art. 12, par. 3, del Regolamento (UE) 2016/679) per ogni tipo di richiesta cui si applica, in',
      );
      await expect(page.getByTestId('commitment-warning-response').getByTestId('commitment-not-applied')).toContainText(
        'Nessun impegno in giorni si applica alle richieste di revoca del consenso e di opposizione al marketing, che per legge vanno eseguite al ricevimento (artt. 7, par. 3, e 21, par. 3, del Regolamento (UE) 2016/679)',
      );
      await expect(page.getByLabel('Giorni per rispondere')).toHaveAccessibleDescription(/Oltre il termine di legge/);
      await check('it-settings-commitment-warning');
      await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Report', exact: true }).click();
      await page.getByRole('radio', { name: /^PDF/ }).check();
      await page.getByRole('button', { name: 'Genera' }).click();
      await expect(page.getByTestId('report-commitment-warnings')).toContainText('Giorni per rispondere — Oltre il termine di legge: 30 giorni scadono dopo il termine di legge (GDPR: un mese');
      await check('it-reports-commitment-warning');
      await page.getByRole('radio', { name: /^CSV/ }).check();
      await page.getByRole('button', { name: 'Genera' }).click();
      await expect(page.locator('.report-file')).toHaveCount(4);
      await expect(page.getByText('Il report è pronto: 4 file.')).toBeVisible();
      await check('it-reports-files');
    });
  });
}
