import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { MEMBER_PASSWORD } from '../support/team-database';

const availability = postgresAvailability();

describe.skipIf(!availability.available)('team init and team user over a real PostgreSQL server', () => {
  let server: TestPostgres;
  let adminUrl: string;
  let prefix: string;

  beforeAll(async () => {
    if (!availability.available) return;
    server = await startTestPostgres(availability);
    adminUrl = await server.createDatabase();
    prefix = new URL(adminUrl).pathname.slice(1);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  const as = (login: string) => {
    const url = new URL(adminUrl);
    url.username = login;
    url.password = '';
    return { DPO_DESK_DATABASE_URL: url.toString(), DPO_DESK_DATABASE_PASSWORD: MEMBER_PASSWORD, DPO_DESK_MEMBER_PASSWORD: MEMBER_PASSWORD };
  };

  it('sets up an empty database with its first DPO, once', async () => {
    const env = { DPO_DESK_DATABASE_URL: adminUrl, DPO_DESK_MEMBER_PASSWORD: MEMBER_PASSWORD };
    const first = await cli(['team', 'init', '--login', `${prefix}_dora`, '--name', 'Dora Esposito', '--json'], { env });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ owner: 'postgres', dpo: { login: `${prefix}_dora`, role: 'dpo', active: true } });
    const again = await cli(['team', 'init', '--login', `${prefix}_other`, '--name', 'Other', '--lang', 'it'], { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('Errore: Questo database contiene già un team di DPO Desk: team init prepara soltanto un database vuoto\n');
  });

  it('lets the DPO add an analyst and an auditor, list and disable them; the analyst may not add anyone', async () => {
    const dpo = as(`${prefix}_dora`);
    const added = await cli(['team', 'user', 'add', '--login', `${prefix}_aldo`, '--name', 'Aldo Greco', '--role', 'analyst'], { env: dpo });
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(new RegExp(`^Added ${prefix}_aldo +analyst +Aldo Greco — may log in`));
    expect((await cli(['team', 'user', 'add', '--login', `${prefix}_ada`, '--name', 'Ada Conti', '--role', 'auditor'], { env: dpo })).code).toBe(0);
    const refused = await cli(['team', 'user', 'add', '--login', `${prefix}_eve`, '--name', 'Eve', '--role', 'dpo'], { env: as(`${prefix}_aldo`) });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Only a DPO of the team may add or disable members');
    expect((await cli(['team', 'user', 'disable', `${prefix}_ada`], { env: dpo })).code).toBe(0);
    const list = await cli(['team', 'user', 'list', '--lang', 'it'], { env: as(`${prefix}_aldo`) });
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines[0]).toBe('3 membri');
    expect(lines[1]).toMatch(new RegExp(`^${prefix}_ada +revisore +Ada Conti — disattivato il \\d{4}-\\d\\d-\\d\\dT`));
    expect(lines[2]).toMatch(new RegExp(`^${prefix}_aldo +analista +Aldo Greco — può accedere`));
    const json = JSON.parse((await cli(['team', 'user', 'list', '--json'], { env: dpo })).stdout) as { login: string; active: boolean }[];
    expect(json.map((m) => [m.login, m.active])).toEqual([
      [`${prefix}_ada`, false],
      [`${prefix}_aldo`, true],
      [`${prefix}_dora`, true],
    ]);
  });

  it('lets the DPO set a member’s new password, which then opens the server and the team key, and the old one neither', async () => {
    const dpo = as(`${prefix}_dora`);
    const fresh = 'a brand new passphrase 2026';
    const set = await cli(['team', 'user', 'password', `${prefix}_aldo`, '--lang', 'it'], { env: { ...dpo, DPO_DESK_MEMBER_PASSWORD: fresh } });
    expect(set.stderr).toBe('');
    expect(set.stdout).toBe(`${prefix}_aldo ora accede con la nuova password; la chiave del team è cifrata per essa e la vecchia password non apre più nulla\n`);
    expect((await cli(['team', 'user', 'list'], { env: as(`${prefix}_aldo`) })).code).toBe(1);
    const aldo = { ...as(`${prefix}_aldo`), DPO_DESK_DATABASE_PASSWORD: fresh, DPO_DESK_MEMBER_PASSWORD: MEMBER_PASSWORD };
    const byAnalyst = await cli(['team', 'user', 'password', `${prefix}_dora`], { env: aldo });
    expect(byAnalyst.code).toBe(1);
    expect(byAnalyst.stderr).toContain('Only a DPO of the team may add or disable members');
  });

  it('refuses bad input before touching the server: a weak password, an unknown role, a remote host without TLS', async () => {
    const dpo = as(`${prefix}_dora`);
    const weak = await cli(['team', 'user', 'add', '--login', `${prefix}_x`, '--name', 'X', '--role', 'analyst'], { env: { ...dpo, DPO_DESK_MEMBER_PASSWORD: 'short' } });
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('invalid password');
    const role = await cli(['team', 'user', 'add', '--login', `${prefix}_x`, '--name', 'X', '--role', 'admin'], { env: dpo });
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('invalid role');
    const clear = await cli(['team', 'user', 'list'], { env: { ...dpo, DPO_DESK_DATABASE_URL: 'postgres://dora@db.example.org/team?sslmode=disable' } });
    expect(clear.code).toBe(1);
    expect(clear.stderr).toContain('must be encrypted');
    const none = await cli(['team', 'user', 'list'], { env: { DPO_DESK_DATABASE_PASSWORD: 'x' } });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Set DPO_DESK_DATABASE_URL');
  });
});
