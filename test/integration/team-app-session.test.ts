import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/core/api/create-handlers';
import { createDispatch, type Dispatch } from '../../electron/core/api/dispatch';
import { TeamAwareSession } from '../../electron/core/team/team-aware-session';
import { addTeamMember, disableTeamMember } from '../../electron/core/team/team-members';
import type { TeamStatus } from '../../electron/shared/contract/team';
import type { Result } from '../../electron/shared/result';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, MEMBER_PASSWORD, type TestTeam } from '../support/team-database';
import { accessRequest } from './italian-request-vault';

const NOW = new Date('2026-04-10T08:00:00Z');
const availability = postgresAvailability();

function errorOf(result: Result<unknown>): { code: string; key: string | undefined } {
  if (result.ok) throw new Error('expected a refusal, got a value');
  return { code: result.error.code, key: result.error.detail?.key };
}

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The app's registry over a real team server: choose it, sign in, work, sign out, go back to the local vault. */
describe.skipIf(!availability.available)('the app signed in to a team server', () => {
  let server: TestPostgres;
  let team: TestTeam;
  let root: string;
  let app: ReturnType<typeof createHandlers>;
  let call: Dispatch;
  /** The team database's URL as Settings takes it: no user, no password. */
  let serverUrl: string;

  beforeAll(async () => {
    if (!availability.available) return;
    server = await startTestPostgres(availability);
    team = await createTestTeam(server, NOW);
    const url = new URL(team.adminUrl);
    url.username = '';
    url.password = '';
    serverUrl = url.toString();
    root = mkdtempSync(join(tmpdir(), 'dpo-desk-team-app-'));
    app = createHandlers({ vaultDir: join(root, 'vault'), teamConfigPath: join(root, 'team-server.json'), appVersion: '0.0.0', actor: 'someone (app)', env: {}, now: () => NOW });
    call = createDispatch(app.handlers, () => undefined);
  }, 120_000);

  afterAll(async () => {
    await app?.dispose();
    await team?.close();
    await server?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('starts on the local vault and proves a server before switching to it', async () => {
    expect(valueOf(await call('team.status', {}))).toEqual({ mode: 'local', server: null, member: null, unavailable: [] });
    expect(errorOf(await call('team.test', { url: serverUrl, login: team.logins.dpo, password: 'not the password' }))).toEqual({ code: 'WRONG_SECRET', key: 'msg.error.team.signIn.wrongPassword' });
    const tested = valueOf(await call('team.test', { url: serverUrl, login: team.logins.dpo, password: MEMBER_PASSWORD })) as { member: { role: string; displayName: string } };
    expect(tested.member).toMatchObject({ role: 'dpo', displayName: 'Daria Pace (DPO)' });
    expect(valueOf(await call('team.status', {}))).toMatchObject({ mode: 'local' });
    expect(await call('team.connect', { url: `postgres://x:secret@127.0.0.1/${team.name}`, login: team.logins.dpo })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('says why a sign-in cannot work: unreachable, TLS refused, not a member, disabled', async () => {
    const port = new URL(serverUrl).port;
    expect(errorOf(await call('team.test', { url: 'postgres://127.0.0.1:1/team', login: team.logins.dpo, password: MEMBER_PASSWORD }))).toEqual({ code: 'TEAM_UNREACHABLE', key: 'msg.error.team.signIn.unreachable' });
    expect(errorOf(await call('team.test', { url: `postgres://127.0.0.1:${port}/${team.name}?sslmode=verify-full`, login: team.logins.dpo, password: MEMBER_PASSWORD }))).toEqual({
      code: 'TEAM_UNREACHABLE',
      key: 'msg.error.team.signIn.tlsUnsupported',
    });
    expect(errorOf(await call('team.test', { url: `postgres://127.0.0.1:${port}/no_such_db`, login: team.logins.dpo, password: MEMBER_PASSWORD }))).toMatchObject({ key: 'msg.error.team.signIn.noDatabase' });
    const admin = new URL(team.adminUrl);
    expect(errorOf(await call('team.test', { url: serverUrl, login: decodeURIComponent(admin.username), password: decodeURIComponent(admin.password) }))).toEqual({ code: 'FORBIDDEN', key: 'msg.error.team.signIn.notMember' });
    const gone = `${team.name}_m_gone`;
    const dpo = team.as(team.logins.dpo);
    await addTeamMember(dpo, { login: gone, displayName: 'Gino Ex', role: 'analyst', password: MEMBER_PASSWORD }, NOW);
    await disableTeamMember(dpo, gone, NOW);
    expect(errorOf(await call('team.test', { url: serverUrl, login: gone, password: MEMBER_PASSWORD }))).toEqual({ code: 'FORBIDDEN', key: 'msg.error.team.signIn.disabled' });
  });

  it('saves the server without a password and asks for the member at sign-in', async () => {
    const status = valueOf(await call('team.connect', { url: serverUrl, login: team.logins.analyst }));
    expect(status).toMatchObject({ mode: 'team', member: null, server: { host: '127.0.0.1', database: team.name, login: team.logins.analyst, source: 'settings' } });
    const saved = readFileSync(join(root, 'team-server.json'), 'utf8');
    expect(JSON.parse(saved)).toEqual({ version: 1, server: { url: serverUrl, login: team.logins.analyst } });
    expect(saved).not.toContain(MEMBER_PASSWORD);
    expect(valueOf(await call('vault.status', {}))).toMatchObject({ state: 'locked', path: `127.0.0.1:${new URL(serverUrl).port}/${team.name}` });
    expect(errorOf(await call('requests.list', {}))).toEqual({ code: 'VAULT_LOCKED', key: 'msg.error.team.signIn.signedOut' });
    expect(errorOf(await call('vault.unlock', { method: 'passphrase', secret: 'whatever' }))).toEqual({ code: 'NOT_ON_TEAM_SERVER', key: 'msg.error.team.vaultOnly' });
    expect(errorOf(await call('team.signIn', { login: team.logins.analyst, password: 'wrong one' }))).toEqual({ code: 'WRONG_SECRET', key: 'msg.error.team.signIn.wrongPassword' });
  });

  it('works as the signed-in member: every event names them, the role is enforced, signing out closes the pool', async () => {
    const status = valueOf(await call('team.signIn', { login: team.logins.analyst, password: MEMBER_PASSWORD })) as TeamStatus;
    expect(status).toMatchObject({ mode: 'team', member: { login: team.logins.analyst, role: 'analyst', displayName: 'Andrea Neri' } });
    expect(status.unavailable).not.toContain('requests');
    expect(status.unavailable).not.toContain('clients');
    expect(valueOf(await call('vault.status', {}))).toMatchObject({ state: 'unlocked' });
    const created = valueOf(await call('requests.create', { request: accessRequest })) as { reference: string };
    expect(created.reference).toBe('2026-0001');
    const client = await team.adminClient();
    const last = await client.query<{ actor: string; action: string }>('SELECT actor, action FROM audit_events ORDER BY seq DESC LIMIT 1');
    expect(last.rows[0]).toEqual({ actor: team.logins.analyst, action: 'request.created' });
    expect(errorOf(await call('settings.update', { changes: { 'commitments.responseDays': 20 } }))).toEqual({ code: 'FORBIDDEN', key: 'msg.error.team.role.analyst' });

    const connections = async () => (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1', [team.logins.analyst])).rows[0]?.n;
    expect(await connections()).toBeGreaterThan(0);
    expect(valueOf(await call('vault.lock', {}))).toMatchObject({ state: 'locked', lockedBy: 'user' });
    await expect.poll(connections).toBe(0);
    expect(valueOf(await call('team.status', {}))).toMatchObject({ mode: 'team', member: null });
  });

  it('an auditor reads but the server refuses their changes, said in their role', async () => {
    valueOf(await call('team.signIn', { login: team.logins.auditor, password: MEMBER_PASSWORD }));
    const list = valueOf(await call('requests.list', {})) as { rows: unknown[] };
    expect(list.rows.length).toBe(1);
    expect(errorOf(await call('requests.create', { request: { ...accessRequest, subjectName: 'Marco Rossi' } }))).toEqual({ code: 'FORBIDDEN', key: 'msg.error.team.role.auditor' });
    valueOf(await call('vault.lock', {}));
  });

  it('signs out by itself after the idle time, as the vault locks', async () => {
    const timers: { fn: () => void; ms: number }[] = [];
    const session = new TeamAwareSession({
      dir: join(root, 'idle-vault'),
      actor: 'someone (app)',
      teamConfigPath: join(root, 'idle-team-server.json'),
      env: {},
      setTimer: (fn, ms) => {
        timers.push({ fn, ms });
        return { clear: () => undefined };
      },
    });
    await session.connect({ url: serverUrl, login: team.logins.dpo });
    await session.signIn(team.logins.dpo, MEMBER_PASSWORD);
    session.touch();
    const last = timers.at(-1);
    expect(last?.ms).toBe(10 * 60_000);
    last?.fn();
    await expect.poll(() => session.status().state).toBe('locked');
    expect(session.status().lockedBy).toBe('idle');
    expect(session.teamStatus().member).toBeNull();
  });

  it('survives the server dropping its connections: the next call reconnects', async () => {
    valueOf(await call('team.signIn', { login: team.logins.dpo, password: MEMBER_PASSWORD }));
    valueOf(await call('requests.list', {}));
    const client = await team.adminClient();
    const dropped = await client.query<{ n: number }>('SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE usename = $1', [team.logins.dpo]);
    expect(dropped.rows[0]?.n).toBeGreaterThan(0);
    await expect.poll(async () => (await call('requests.list', {})).ok).toBe(true);
    valueOf(await call('vault.lock', {}));
  });

  it('lets a signed-in member change their own password: a wrong current one is refused, then only the new one signs in and opens the team key', async () => {
    const fresh = 'the analyst’s own new passphrase';
    valueOf(await call('team.signIn', { login: team.logins.analyst, password: MEMBER_PASSWORD }));
    expect(errorOf(await call('team.changePassword', { current: 'not my password at all', next: fresh }))).toEqual({ code: 'WRONG_SECRET', key: 'msg.error.team.key.wrong' });
    expect(errorOf(await call('team.changePassword', { current: MEMBER_PASSWORD, next: 'short' })).code).toBe('VALIDATION');
    const status = valueOf(await call('team.changePassword', { current: MEMBER_PASSWORD, next: fresh })) as TeamStatus;
    expect(status.member?.login).toBe(team.logins.analyst);
    const created = valueOf(await call('requests.create', { request: { ...accessRequest, description: 'Written after the change' } })) as { id: string };
    expect((valueOf(await call('requests.get', { id: created.id })) as { description: string }).description).toBe('Written after the change');
    valueOf(await call('vault.lock', {}));
  });

  it('after the change signs the member in with the new password only, and the trail names who changed it', async () => {
    const fresh = 'the analyst’s own new passphrase';
    expect(errorOf(await call('team.signIn', { login: team.logins.analyst, password: MEMBER_PASSWORD })).code).toBe('WRONG_SECRET');
    valueOf(await call('team.signIn', { login: team.logins.analyst, password: fresh }));
    const admin = await team.adminClient();
    const trail = await admin.query<{ actor: string; entity_id: string }>(`SELECT actor, entity_id FROM audit_events WHERE action = 'team.own-password-changed'`);
    expect(trail.rows).toEqual([{ actor: team.logins.analyst, entity_id: team.logins.analyst }]);
    valueOf(await call('vault.lock', {}));
  });

  it('goes back to the local vault', async () => {
    expect(valueOf(await call('team.useLocal', {}))).toEqual({ mode: 'local', server: null, member: null, unavailable: [] });
    expect(valueOf(await call('vault.status', {}))).toMatchObject({ state: 'absent' });
  });
});
