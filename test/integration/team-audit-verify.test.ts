import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequest } from '../../electron/core/requests/create-request';
import { newRequestSchema } from '../../electron/shared/requests';
import { cli } from '../support/cli';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, MEMBER_PASSWORD, type TestTeam } from '../support/team-database';
import { accessRequest } from './italian-request-vault';

const NOW = new Date('2026-04-10T08:00:00Z');
const availability = postgresAvailability();

/** `audit verify` on a team server: an auditor, who may not change anything, proves the team's trail. */
describe.skipIf(!availability.available)('audit verify as an auditor on a team server', () => {
  let server: TestPostgres;
  let team: TestTeam;

  beforeAll(async () => {
    if (!availability.available) return;
    server = await startTestPostgres(availability);
    team = await createTestTeam(server, NOW);
    await createRequest(team.as(team.logins.analyst), newRequestSchema.parse(accessRequest), team.logins.analyst, NOW);
  }, 120_000);

  afterAll(async () => {
    await team?.close();
    await server?.stop();
  });

  const asAuditor = () => {
    const url = new URL(team.urlAs(team.logins.auditor));
    url.password = '';
    return { DPO_DESK_DATABASE_URL: url.toString(), DPO_DESK_DATABASE_PASSWORD: MEMBER_PASSWORD };
  };

  it('reports the chain intact with its head, and a later --head proves the trail only grew', async () => {
    const first = await cli(['audit', 'verify', '--json'], { env: asAuditor() });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout) as { ok: boolean; eventCount: number; headHash: string; caseGroupsChecked: number };
    expect(result).toMatchObject({ ok: true, caseGroupsChecked: 0 });
    expect(result.eventCount).toBeGreaterThan(1);

    await createRequest(team.as(team.logins.analyst), newRequestSchema.parse({ ...accessRequest, subjectName: 'Marco Rossi' }), team.logins.analyst, NOW);
    const later = await cli(['audit', 'verify', '--head', result.headHash], { env: asAuditor() });
    expect(later.code).toBe(0);
    expect(later.stdout).toContain(`Audit trail intact: ${result.eventCount + 1} events`);
    expect(later.stdout).toContain(`The given head hash is event ${result.eventCount}: the trail has only grown since (1 events added)`);
  });

  it('fails with exit 1 on a head hash that is not in the trail', async () => {
    const wrong = await cli(['audit', 'verify', '--head', 'a'.repeat(64)], { env: asAuditor() });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('is not an event of this trail');
  });
});
