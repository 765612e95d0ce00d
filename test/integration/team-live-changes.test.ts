import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../electron/core/api/create-handlers';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import type { Channel } from '../../electron/shared/channels';
import type { Input, Output } from '../../electron/shared/contract';
import type { TeamChange } from '../../electron/shared/contract/team';
import type { Result } from '../../electron/shared/result';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, MEMBER_PASSWORD, type TestTeam } from '../support/team-database';
import { accessRequest } from './italian-request-vault';

const NOW = new Date('2026-04-10T08:00:00Z');
const availability = postgresAvailability();

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** One app's API, typed by the contract. */
type Call = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

function typed(dispatch: Dispatch): Call {
  return async <C extends Channel>(channel: C, input: Input<C>) => valueOf(await dispatch(channel, input)) as Output<C>;
}

/** Two people's apps on one team server, each signed in as themselves. */
describe.skipIf(!availability.available)('live changes between two apps on a team server', () => {
  let server: TestPostgres;
  let team: TestTeam;
  const roots: string[] = [];
  const apps: ReturnType<typeof createHandlers>[] = [];
  let dpo: Call;
  let analyst: Call;

  async function signedInApp(login: string): Promise<Call> {
    const root = mkdtempSync(join(tmpdir(), 'dpo-desk-team-live-'));
    roots.push(root);
    const app = createHandlers({ vaultDir: join(root, 'vault'), teamConfigPath: join(root, 'team-server.json'), appVersion: '0.0.0', actor: 'someone (app)', env: {}, now: () => NOW });
    apps.push(app);
    const call = typed(createDispatch(app.handlers, () => undefined));
    const url = new URL(team.adminUrl);
    url.username = '';
    url.password = '';
    await call('team.connect', { url: url.toString(), login });
    await call('team.signIn', { login, password: MEMBER_PASSWORD });
    return call;
  }

  /** Reads the changes after `after` until one satisfies `wanted` (the NOTIFY arrives on its own connection, soon after the commit). */
  async function changeHeard(call: Call, after: number, wanted: (change: TeamChange) => boolean): Promise<{ change: TeamChange; cursor: number }> {
    return vi.waitFor(
      async () => {
        const { cursor, changes } = await call('team.changes', { after });
        const change = changes.find(wanted);
        if (!change) throw new Error(`not heard yet (${changes.length} other changes)`);
        return { change, cursor };
      },
      { timeout: 15_000, interval: 50 },
    );
  }

  beforeAll(async () => {
    if (!availability.available) return;
    server = await startTestPostgres(availability);
    team = await createTestTeam(server, NOW);
    dpo = await signedInApp(team.logins.dpo);
    analyst = await signedInApp(team.logins.analyst);
  }, 120_000);

  afterAll(async () => {
    for (const app of apps) await app.dispose();
    await team?.close();
    await server?.stop();
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  it("tells one member's app of a colleague's change: which case, what, by whom, and its new version", async () => {
    const { cursor } = await analyst('team.changes', { after: null });
    const created = await dpo('requests.create', { request: accessRequest });
    const heard = await changeHeard(analyst, cursor, (change) => change.caseId === created.id);
    expect(heard.change).toMatchObject({ caseType: 'request', caseId: created.id, kind: 'request.created', actor: team.logins.dpo, version: created.version });

    const noted = await dpo('requests.addNote', { id: created.id, text: 'Called back', expectedVersion: created.version });
    const next = await changeHeard(analyst, heard.cursor, (change) => change.caseId === created.id);
    expect(next.change).toMatchObject({ kind: 'request.note-added', actor: team.logins.dpo, version: noted.version });
  });

  it('listens again after the server drops its connection, says changes may have been missed, and hears the next one; the app keeps working', async () => {
    const { cursor } = await analyst('team.changes', { after: null });
    const admin = await team.adminClient();
    const dropped = await admin.query(`SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = 'dpo-desk-listen' AND usename = $1`, [team.logins.analyst]);
    expect(dropped.rows).toEqual([{ ended: true }]);
    const resync = await changeHeard(analyst, cursor, (change) => change.kind === 'resync');
    const breach = await dpo('breaches.create', { breach: { title: 'Laptop stolen', awareAt: '2026-04-09T10:00:00+02:00' } });
    const heard = await changeHeard(analyst, resync.cursor, (change) => change.caseId === breach.id);
    expect(heard.change).toMatchObject({ caseType: 'breach', kind: 'breach.created', actor: team.logins.dpo });
    expect((await analyst('breaches.get', { id: breach.id })).title).toBe('Laptop stolen');
  });

  it('has nothing to listen to on the local vault', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dpo-desk-local-live-'));
    roots.push(root);
    const local = createHandlers({ vaultDir: join(root, 'vault'), teamConfigPath: join(root, 'team-server.json'), appVersion: '0.0.0', actor: 'dpo (app)', env: {}, now: () => NOW });
    apps.push(local);
    const call = typed(createDispatch(local.handlers, () => undefined));
    expect(await call('team.changes', { after: null })).toEqual({ cursor: 0, changes: [] });
    expect(await call('team.changes', { after: 0 })).toEqual({ cursor: 0, changes: [] });
  });
});
