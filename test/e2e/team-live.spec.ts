import { addNote } from '../../electron/core/requests/request-notes';
import { createRequest } from '../../electron/core/requests/create-request';
import { newRequestSchema } from '../../electron/shared/requests';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, MEMBER_PASSWORD, type TestTeam } from '../support/team-database';
import { screenChecker } from './axe';
import { expect, test } from './fixtures';

/**
 * Two people on one team server: the analyst has a request open in the app while the DPO
 * (here, the services on the DPO's own connection) adds notes to it. The first appears without
 * a reload; the second, while the analyst is typing a note, waits behind a notice naming the
 * DPO, and "Reload" shows it with the typing kept. Skipped with the reason without PostgreSQL.
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

test.describe('live changes on a team server', () => {
  test.skip(!availability.available, availability.available ? '' : availability.reason);

  test("a colleague's change appears without a reload, and waits behind a notice while a form holds typing", async ({ app }) => {
    const { page } = app;
    if (!team) throw new Error('the team database was not set up');
    const dpo = team.as(team.logins.dpo);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(Date.now() - 86_400_000));
    const request = await createRequest(dpo, newRequestSchema.parse({ regime: 'gdpr', types: ['access'], receivedAt: `${day}T10:00:00+01:00`, channel: 'email', subjectName: 'Lucia Ferri' }), team.logins.dpo, new Date());
    const url = new URL(team.adminUrl);
    url.username = '';
    url.password = '';

    await page.getByRole('button', { name: 'Work on a team server instead' }).click();
    await page.getByLabel('Server address').fill(url.toString());
    await page.getByLabel('Your login').fill(team.logins.analyst);
    await page.getByRole('button', { name: 'Connect to this server' }).click();
    await page.getByLabel('Password', { exact: true }).fill(MEMBER_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('navigation').first().getByRole('button', { name: 'Requests' }).click();
    await page.getByText('Lucia Ferri').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(request.reference);
    await expect(page.locator('.notes-list .note')).toHaveCount(0);

    await addNote(dpo, request.id, 'Identity checked by phone', team.logins.dpo, new Date());
    await expect(page.locator('.notes-list .note-text')).toHaveText(['Identity checked by phone']);
    await expect(page.locator('.case-changed')).toHaveCount(0);

    await page.getByLabel('New note').fill('Draft of my own');
    await addNote(dpo, request.id, 'Data found in the CRM', team.logins.dpo, new Date());
    const banner = page.locator('.case-changed');
    await expect(banner).toContainText(`${team.logins.dpo} changed this request`);
    await expect(page.locator('.notes-list .note')).toHaveCount(1);
    await screenChecker(page, 'light')('team-live-changed');
    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('.notes-list .note-text')).toHaveText(['Identity checked by phone', 'Data found in the CRM']);
    await expect(page.getByLabel('New note')).toHaveValue('Draft of my own');
    await expect(banner).toHaveCount(0);
  });
});
