import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoVault } from '../../electron/core/demo/create-demo-vault';
import { cli } from '../support/cli';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { MEMBER_PASSWORD } from '../support/team-database';
import { PASSPHRASE, tempDir } from './temp-vault';

const availability = postgresAvailability();

describe.skipIf(!availability.available)('vault migrate and team export on the command line', () => {
  let server: TestPostgres;
  let ownerUrl: string;
  let login: string;
  const tmp = tempDir();
  const vault = join(tmp.dir, 'vault');

  beforeAll(async () => {
    if (!availability.available) return;
    server = await startTestPostgres(availability);
    ownerUrl = await server.createDatabase();
    login = `${new URL(ownerUrl).pathname.slice(1)}_dora`;
    await createDemoVault(vault, PASSPHRASE, { now: new Date('2026-11-25T08:00:00Z'), requests: 20 });
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    tmp.cleanup();
  });

  it('moves the demo vault into an empty database, showing progress per table, and refuses to do it twice', async () => {
    const env = { DPO_DESK_PASSPHRASE: PASSPHRASE, DPO_DESK_MEMBER_PASSWORD: MEMBER_PASSWORD };
    const args = ['vault', 'migrate', '--vault', vault, '--to', ownerUrl, '--login', login, '--name', 'Dora Esposito'];
    const moved = await cli([...args, '--json'], { env });
    expect(moved.code).toBe(0);
    const result = JSON.parse(moved.stdout) as { rows: Record<string, number>; chain: { ok: boolean; eventCount: number }; dpo: string };
    expect(result.chain.ok).toBe(true);
    expect(result.dpo).toBe(login);
    expect(result.rows.requests).toBe(22);
    expect(moved.stderr).toContain('requests: 22 of 22 rows');
    expect(moved.stderr).toContain('audit_events:');
    const again = await cli(args, { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/The team database already holds \d+ tables: a vault moves only into a new, empty database/);
  });

  it('exports the team database into a new vault that audit verify accepts, in Italian', async () => {
    const url = new URL(ownerUrl);
    url.username = login;
    url.password = '';
    const back = join(tmp.dir, 'back');
    const env = { DPO_DESK_DATABASE_URL: url.toString(), DPO_DESK_DATABASE_PASSWORD: MEMBER_PASSWORD, DPO_DESK_PASSPHRASE: PASSPHRASE };
    const exported = await cli(['team', 'export', '--to', back, '--lang', 'it'], { env });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`Database del team esportato in un nuovo archivio in ${back}`);
    expect(exported.stdout).toMatch(/Chiave di recupero: [0-9A-Z-]+ — la annoti o la stampi ora/);
    const verify = await cli(['audit', 'verify', '--vault', back, '--json'], { env: { DPO_DESK_PASSPHRASE: PASSPHRASE } });
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, dataBreaks: [] });
    const list = JSON.parse((await cli(['request', 'list', '--vault', back, '--limit', '100', '--json'], { env: { DPO_DESK_PASSPHRASE: PASSPHRASE } })).stdout) as { total: number };
    expect(list.total).toBe(22);
    const refused = await cli(['team', 'export', '--to', back], { env });
    expect(refused.code).toBe(1);
  });
});
