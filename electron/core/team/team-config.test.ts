import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chosenTeamServer, TeamConfigFile } from './team-config';

const dirs: string[] = [];
function configIn(): TeamConfigFile {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-team-config-'));
  dirs.push(dir);
  return new TeamConfigFile(join(dir, 'app', 'team-server.json'));
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the local choice of team server', () => {
  it('keeps the URL and login, and refuses a URL that carries a password', () => {
    const config = configIn();
    expect(config.read()).toBeNull();
    config.write({ url: 'postgres://db.example.org/privacy', login: 'dora' });
    expect(config.read()).toEqual({ url: 'postgres://db.example.org/privacy', login: 'dora' });
    expect(JSON.parse(readFileSync(config.path, 'utf8'))).toEqual({ version: 1, server: { url: 'postgres://db.example.org/privacy', login: 'dora' } });
    expect(() => config.write({ url: 'postgres://dora:s3cret@db.example.org/privacy', login: 'dora' })).toThrow(/password/);
    expect(readFileSync(config.path, 'utf8')).not.toContain('s3cret');
    config.clear();
    expect(config.read()).toBeNull();
  });

  it('reads a damaged or foreign file as no choice, so the app stays on its local vault', () => {
    const config = configIn();
    config.write({ url: 'postgres://db.example.org/privacy', login: 'dora' });
    writeFileSync(config.path, '{ not json');
    expect(config.read()).toBeNull();
    writeFileSync(config.path, JSON.stringify({ version: 1, server: { url: 'postgres://db.example.org/privacy', login: 'Robert; DROP' } }));
    expect(config.read()).toBeNull();
  });

  it('lets DPO_DESK_DATABASE_URL win over Settings, with the URL’s user as the login', () => {
    const config = configIn();
    expect(chosenTeamServer({}, config)).toBeNull();
    config.write({ url: 'postgres://db.example.org/privacy', login: 'dora' });
    expect(chosenTeamServer({}, config)).toEqual({ url: 'postgres://db.example.org/privacy', login: 'dora', source: 'settings' });
    expect(chosenTeamServer({ DPO_DESK_DATABASE_URL: 'postgres://andrea@10.0.0.5/team' }, config)).toEqual({ url: 'postgres://andrea@10.0.0.5/team', login: 'andrea', source: 'environment' });
  });
});
