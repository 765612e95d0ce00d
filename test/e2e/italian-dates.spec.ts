import { addDays, todayInZone } from '../../electron/core/deadlines';
import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { api, zone } from './requests-api';
import { confirmRecoveryKey, createVault, italian } from './steps';

test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

/** `YYYY-MM-DD` written day first, as the date fields show it. */
const dayFirst = (date: string): string => date.split('-').reverse().join('/');

test('on a US-English system the Italian UI takes dates as gg/mm/aaaa on the 24-hour clock and names an impossible one in Italian', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => localStorage.setItem('dpo-desk.language', 'it'));
  await page.reload();
  await createVault(page, italian);
  await confirmRecoveryKey(page, italian);
  await api(page, 'settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': zone, 'commitments.responseDays': 30 } });
  const received = addDays(todayInZone(zone), -3);

  await page.getByRole('navigation', { name: 'Principale' }).getByRole('button', { name: 'Richieste', exact: true }).click();
  await page.getByRole('button', { name: 'Nuova richiesta' }).click();
  const receipt = page.getByLabel('Ricevuta il');
  await expect(receipt).toHaveAttribute('type', 'text');
  await expect(receipt).toHaveAttribute('placeholder', 'gg/mm/aaaa hh:mm (24 ore)');
  await expect(receipt).toHaveValue(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);

  await page.getByLabel('Nome e cognome').fill('Giulia Bianchi');
  await page.getByRole('checkbox', { name: 'Richiesta di accesso', exact: true }).check();
  await receipt.fill('31/02/2026 10:00');
  await page.getByRole('button', { name: 'Registra la richiesta' }).click();
  await expect(page.getByText("31/02/2026 10:00 non è una data e un'ora esistenti.")).toBeVisible();
  await expect(receipt).toHaveAttribute('aria-invalid', 'true');
  await receipt.fill(`${dayFirst(received)} 2:30 PM`);
  await receipt.blur();
  await expect(page.getByText('Scriva data e ora come gg/mm/aaaa hh:mm nel formato 24 ore, ad esempio 31/01/2026 14:30.')).toBeVisible();
  await screenChecker(page, 'light')('it-date-field-error');

  const [year, month, day] = received.split('-');
  await receipt.fill(`${Number(day)}/${Number(month)}/${year} 9.30`);
  await receipt.blur();
  await expect(receipt).toHaveValue(`${dayFirst(received)} 09:30`);
  await page.getByRole('button', { name: 'Registra la richiesta' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${year}-0001`);
  await expect(page.locator('.facts')).toContainText('09:30');

  await page.getByRole('button', { name: 'Correggi', exact: true }).click();
  await expect(page.locator('.fact form').getByLabel('Ricevuta il')).toHaveValue(`${dayFirst(received)} 09:30`);
});
