import type { Page } from '@playwright/test';
import { createRequest } from '../../electron/core/requests/create-request';
import { newRequestSchema } from '../../electron/shared/requests';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, MEMBER_PASSWORD, type TestTeam } from '../support/team-database';
import { screenChecker } from './axe';
import { expect, test } from './fixtures';
import { api } from './page-api';
import { openSection } from './steps';

/**
 * The app on a team server, over the loopback transport like every E2E: connect from the first
 * run, sign in (a wrong password said plainly), register a request and see it in the inbox as
 * the signed-in member, sign out. Skipped with a printed reason where PostgreSQL is missing;
 * under CI=true a missing PostgreSQL fails (see postgresAvailability).
 */
const availability = postgresAvailability();
let server: TestPostgres | undefined;
let team: TestTeam | undefined;

test.beforeAll(async () => {
  if (!availability.available) return;
  server = await startTestPostgres(availability);
  team = await createTestTeam(server, new Date());
});

test.afterAll(async () => {
  await team?.close();
  await server?.stop();
});

function ready(): { team: TestTeam; url: string } {
  if (!team) throw new Error('the team database was not set up');
  const url = new URL(team.adminUrl);
  url.username = '';
  url.password = '';
  return { team, url: url.toString() };
}

/** The navigation's English label of each section a team server may not hold yet. */
const NAV: Record<string, string> = { dashboard: 'Today', requests: 'Requests', breaches: 'Breaches', deadlines: 'Deadlines', registers: 'Registers', clients: 'Clients', reports: 'Reports' };

/** Yesterday in Rome, as the form's date and time field takes it. */
function yesterdayInRome(): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(Date.now() - 86_400_000));
  return `${day}T10:30`;
}

async function bothSchemes(page: Page, screen: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await screenChecker(page, scheme)(screen);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('team mode in English', () => {
  test.skip(!availability.available, availability.available ? '' : availability.reason);

  test('connect → sign in → register a request → see it in the inbox → sign out', async ({ app }) => {
    const { page } = app;
    const { team, url } = ready();
    const where = `127.0.0.1/${team.name}`;

    await test.step('connect to the team server from the first run, after testing it', async () => {
      await page.getByRole('button', { name: 'Work on a team server instead' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Connect to a team server' })).toBeVisible();
      await page.getByLabel('Server address').fill(url);
      await page.getByLabel('Your login').fill(team.logins.analyst);
      await page.getByLabel('Password', { exact: true }).fill('not the password');
      await page.getByRole('button', { name: 'Test the connection' }).click();
      await expect(page.getByRole('alert')).toContainText(`The team server refused the login ${team.logins.analyst} with this password`);
      await page.getByLabel('Password', { exact: true }).fill(MEMBER_PASSWORD);
      await page.getByRole('button', { name: 'Test the connection' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Connected as Andrea Neri (Analyst)' })).toBeVisible();
      await page.getByRole('button', { name: 'Connect to this server' }).click();
    });

    await test.step('the sign-in screen names the server; a wrong password is said plainly', async () => {
      await expect(page.getByRole('heading', { level: 1, name: `Sign in to ${where}` })).toBeVisible();
      await expect(page.getByLabel('Login')).toHaveValue(team.logins.analyst);
      await bothSchemes(page, 'team-sign-in');
      await page.getByLabel('Password', { exact: true }).fill('still not it');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(page.getByRole('alert')).toContainText(`The team server refused the login ${team.logins.analyst} with this password`);
      await page.getByLabel('Password', { exact: true }).fill(MEMBER_PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(page.getByTestId('team-badge')).toContainText('Andrea Neri');
      await expect(page.getByTestId('team-badge')).toContainText('Role: Analyst');
    });

    await test.step('each section the server lacks says so instead of failing; the others open', async () => {
      const status = await api<{ unavailable: string[] }>(page, 'team.status', {});
      for (const section of Object.keys(NAV)) {
        await openSection(page, NAV[section] as string);
        const notHere = page.getByRole('heading', { name: 'Not available on the team server yet' });
        if (status.unavailable.includes(section)) await expect(notHere).toBeVisible();
        else await expect(notHere).toBeHidden();
      }
      expect(status.unavailable).not.toContain('requests');
    });

    await test.step('register a request as the member and see it in the inbox', async () => {
      await openSection(page, 'Requests');
      await page.getByRole('button', { name: 'New request' }).click();
      await page.getByRole('checkbox', { name: 'Access', exact: true }).check();
      await page.getByLabel('Received at').fill(yesterdayInRome());
      await page.getByLabel('Full name').fill('Maria Rossi');
      await page.getByRole('button', { name: 'Register request' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(/\d{4}-\d{4}/);
      await page.getByRole('button', { name: 'Back to requests' }).click();
      await expect(page.getByText('Maria Rossi')).toBeVisible();
      const client = await team.adminClient();
      // The request's own latest event: a reminder the app fires meanwhile may come after it in the trail.
      const last = await client.query<{ actor: string; action: string }>(`SELECT actor, action FROM audit_events WHERE entity_type = 'request' ORDER BY seq DESC LIMIT 1`);
      expect(last.rows).toEqual([{ actor: team.logins.analyst, action: 'request.created' }]);
    });

    await test.step('Settings → Team server shows the server, the member and the role; settings are the DPO’s', async () => {
      await openSection(page, 'Settings');
      await expect(page.getByText('Settings belong to the team’s DPO')).toBeVisible();
      await page.getByRole('tab', { name: 'Team server' }).click();
      await expect(page.getByTestId('team-mode')).toContainText(`database ${team.name}`);
      await expect(page.getByText(`Signed in as Andrea Neri (${team.logins.analyst}), role: Analyst.`)).toBeVisible();
      await bothSchemes(page, 'team-settings');
    });

    await test.step('Settings → Team server: the member changes their own password, and signs in with it from then on', async () => {
      const form = page.getByRole('group', { name: 'Your password on the team server' });
      await form.getByRole('button', { name: 'Change my password' }).click();
      await expect(form.getByText('Enter your current password.')).toBeVisible();
      await form.getByRole('textbox', { name: 'Current password' }).fill(MEMBER_PASSWORD);
      await form.getByRole('textbox', { name: 'New password', exact: true }).fill('an analyst’s new passphrase');
      await form.getByRole('textbox', { name: 'New password again' }).fill('an analyst’s new passphrase');
      await form.getByRole('button', { name: 'Change my password' }).click();
      await expect(form.getByRole('status').filter({ hasText: 'Your password is changed.' })).toBeVisible();
      await page.screenshot({ path: 'test-results/team-password-en.png', fullPage: true });
      const client = await team.adminClient();
      const last = await client.query<{ actor: string; action: string }>(`SELECT actor, action FROM audit_events WHERE entity_type = 'team-member' ORDER BY seq DESC LIMIT 1`);
      expect(last.rows).toEqual([{ actor: team.logins.analyst, action: 'team.own-password-changed' }]);
    });

    await test.step('sign out: back to the sign-in screen', async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page.getByRole('heading', { level: 1, name: `Sign in to ${where}` })).toBeVisible();
    });
  });
});

test.describe('team mode in Italian', () => {
  test.skip(!availability.available, availability.available ? '' : availability.reason);
  test.use({ locale: 'it-IT' });

  test('collegamento, accesso come revisore in sola lettura, Impostazioni → Server del team', async ({ app }) => {
    const { page } = app;
    const { team, url } = ready();
    const received = `${yesterdayInRome()}:00+01:00`;
    await createRequest(team.as(team.logins.dpo), newRequestSchema.parse({ regime: 'gdpr', types: ['access'], receivedAt: received, channel: 'email', subjectName: 'Paolo Verdi' }), team.logins.dpo, new Date());
    await page.getByRole('button', { name: 'Lavora invece su un server del team' }).click();
    await page.getByLabel('Indirizzo del server').fill(url);
    await page.getByLabel('Il tuo nome di accesso').fill(team.logins.auditor);
    await page.getByRole('button', { name: 'Collegati a questo server' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Accedi a 127.0.0.1/${team.name}` })).toBeVisible();
    await bothSchemes(page, 'team-sign-in-it');
    await page.getByLabel('Password', { exact: true }).fill(MEMBER_PASSWORD);
    await page.getByRole('button', { name: 'Accedi', exact: true }).click();
    await expect(page.getByTestId('team-badge')).toContainText('Ruolo: Revisore');
    await expect(page.getByText('Sola lettura: come revisore')).toBeVisible();
    await page.getByRole('navigation').first().getByRole('button', { name: 'Richieste' }).click();
    await expect(page.getByRole('button', { name: 'Nuova richiesta' })).toBeDisabled();
    await page.getByText('Paolo Verdi').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/\d{4}-\d{4}/);
    await expect(page.locator('fieldset.plain-fieldset[disabled] button').first()).toBeDisabled();
    await page.getByRole('navigation').first().getByRole('button', { name: 'Impostazioni' }).click();
    await page.getByRole('tab', { name: 'Server del team' }).click();
    await expect(page.getByText(`Accesso come Aurora Ricci (${team.logins.auditor}), ruolo: Revisore.`)).toBeVisible();
    await bothSchemes(page, 'team-settings-it');
    await expect(page.getByRole('button', { name: 'Cambia la mia password' })).toBeEnabled();
    await page.screenshot({ path: 'test-results/team-password-it.png', fullPage: true });
    await page.getByRole('button', { name: 'Torna all’archivio locale' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Crea il tuo archivio' })).toBeVisible();
  });
});
