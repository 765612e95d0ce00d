import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { TeamAwareSession } from './team-aware-session';

const dirs: string[] = [];
function sessionIn(env: NodeJS.ProcessEnv = {}): { session: TeamAwareSession; configPath: string } {
  const root = mkdtempSync(join(tmpdir(), 'dpo-desk-team-session-'));
  dirs.push(root);
  const configPath = join(root, 'team-server.json');
  return { session: new TeamAwareSession({ dir: join(root, 'vault'), actor: 'dora (app)', teamConfigPath: configPath, env }), configPath };
}

async function refusal(work: () => unknown): Promise<string> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppError) return `${error.code} ${error.detail.key}`;
    throw error;
  }
  throw new Error('expected a refusal');
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The session's modes without a server: local, chosen but signed out, and back. */
describe('the app session between the local vault and a team server', () => {
  it('switches to a chosen server signed out, refuses what belongs to the vault, and switches back', async () => {
    const { session, configPath } = sessionIn();
    expect(session.teamStatus()).toEqual({ mode: 'local', server: null, member: null, unavailable: [] });
    expect(session.status().state).toBe('absent');

    const status = await session.connect({ url: 'postgres://127.0.0.1:1/team', login: 'dora' });
    expect(status).toEqual({ mode: 'team', server: { host: '127.0.0.1', port: 1, database: 'team', login: 'dora', source: 'settings' }, member: null, unavailable: [] });
    expect(existsSync(configPath)).toBe(true);
    expect(session.status()).toMatchObject({ state: 'locked', path: '127.0.0.1:1/team', lockedBy: 'start' });
    expect(session.actor).toBe('dora (app)');
    expect(await refusal(() => session.db())).toBe('VAULT_LOCKED msg.error.team.signIn.signedOut');
    expect(await refusal(() => session.create('a long enough passphrase for a vault'))).toBe('NOT_ON_TEAM_SERVER msg.error.team.vaultOnly');
    expect(await refusal(() => session.backup('/tmp'))).toBe('NOT_ON_TEAM_SERVER msg.error.team.vaultOnly');
    expect(await refusal(() => session.signIn('dora', 'whatever'))).toBe('TEAM_UNREACHABLE msg.error.team.signIn.unreachable');

    expect(await session.useLocalVault()).toEqual({ mode: 'local', server: null, member: null, unavailable: [] });
    expect(existsSync(configPath)).toBe(false);
    expect(session.status().state).toBe('absent');
    expect(await refusal(() => session.signIn('dora', 'whatever'))).toBe('VALIDATION msg.error.team.signIn.needed');
  });

  it('refuses a server URL that would send data in clear, and saves nothing', async () => {
    const { session, configPath } = sessionIn();
    expect(await refusal(() => session.connect({ url: 'postgres://db.example.org/team?sslmode=disable', login: 'dora' }))).toBe('VALIDATION msg.error.team.url.tls-required');
    expect(existsSync(configPath)).toBe(false);
    expect(session.teamStatus().mode).toBe('local');
  });

  it('keeps the server DPO_DESK_DATABASE_URL names: Settings cannot change it or leave it', async () => {
    const { session } = sessionIn({ DPO_DESK_DATABASE_URL: 'postgres://andrea@db.example.org/team' });
    expect(session.teamStatus()).toMatchObject({ mode: 'team', server: { host: 'db.example.org', login: 'andrea', source: 'environment' } });
    expect(await refusal(() => session.connect({ url: 'postgres://127.0.0.1/other', login: 'dora' }))).toBe('CONFLICT msg.error.team.fromEnvironment');
    expect(await refusal(() => session.useLocalVault())).toBe('CONFLICT msg.error.team.fromEnvironment');
  });
});
