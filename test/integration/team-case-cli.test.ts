import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, MEMBER_PASSWORD, type TestTeam } from '../support/team-database';

const availability = postgresAvailability();

/**
 * The case commands on a team server: with DPO_DESK_DATABASE_URL (and the member's password
 * apart, as the team commands take it) request, breach, letter, deadlines and report run on
 * the team database as that member, through the app's services, and the server's roles hold.
 */
describe.skipIf(!availability.available)('the same CLI on the team server', () => {
  let server: TestPostgres;
  let team: TestTeam;
  let out: string;
  let reference: string;

  /** The member's environment: the URL names the login, the password travels apart. */
  const as = (login: string): Record<string, string> => {
    const url = new URL(team.urlAs(login));
    url.password = '';
    return { DPO_DESK_DATABASE_URL: url.toString(), DPO_DESK_DATABASE_PASSWORD: MEMBER_PASSWORD };
  };
  const count = async (table: 'requests' | 'breaches' | 'audit_events'): Promise<number> => {
    const client = await team.adminClient();
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    return Number(result.rows[0]?.n);
  };

  beforeAll(async () => {
    if (!availability.available) return;
    server = await startTestPostgres(availability);
    team = await createTestTeam(server, new Date());
    out = mkdtempSync(join(tmpdir(), 'dpo-desk-team-cli-'));
    const dpo = as(team.logins.dpo);
    for (const [key, value] of [
      ['organisation.name', 'Noventia Srl'],
      ['organisation.address', 'Via Roma 1, 20121 Milano MI'],
      ['organisation.dpoName', 'Daria Pace'],
      ['organisation.dpoEmail', 'dpo@noventia.example'],
    ]) {
      expect((await cli(['settings', 'set', key as string, value as string], { env: dpo })).code).toBe(0);
    }
  }, 120_000);

  afterAll(async () => {
    rmSync(out ?? join(tmpdir(), 'none'), { recursive: true, force: true });
    await team?.close();
    await server?.stop();
  });

  it('lets the DPO register and list a request on the team server', async () => {
    const dpo = as(team.logins.dpo);
    const received = new Date(Date.now() - 24 * 3_600_000).toISOString();
    const added = await cli(['request', 'add', '--regime', 'gdpr', '--type', 'access', '--name', 'Giulia Bianchi', '--email', 'giulia@example.it', '--received', received, '--description', 'Chiede copia dei dati', '--json'], { env: dpo });
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const created = JSON.parse(added.stdout) as { reference: string; status: string };
    reference = created.reference;
    expect(reference).toMatch(/^\d{4}-0001$/);
    expect(created.status).toBe('received');

    const list = JSON.parse((await cli(['request', 'list', '--json'], { env: dpo })).stdout) as { rows: { reference: string; subjectName: string }[] };
    expect(list.rows.map((item) => [item.reference, item.subjectName])).toEqual([[reference, 'Giulia Bianchi']]);

  });

  it('lets the DPO show the request, move it and write its letter, each change audited in their name', async () => {
    const dpo = as(team.logins.dpo);
    const shown = await cli(['request', 'show', reference, '--lang', 'it'], { env: dpo });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Giulia Bianchi');
    expect(shown.stdout).toContain('Richiesta registrata');

    const moved = await cli(['request', 'transition', reference, '--to', 'awaiting-identity', '--method', 'id-document', '--reason', 'Indirizzo e-mail non collegato a un account', '--json'], { env: dpo });
    expect(moved.stderr).toBe('');
    expect((JSON.parse(moved.stdout) as { status: string }).status).toBe('awaiting-identity');

    const pdf = join(out, 'ack.pdf');
    const letter = await cli(['letter', reference, '--kind', 'acknowledgement', '--lang', 'it', '--out', pdf], { env: dpo });
    expect(letter.stderr).toBe('');
    expect(letter.stdout).toMatch(/^Scritto .*ack\.pdf \(\d+ byte\), segnato come BOZZA\n/);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    const admin = await team.adminClient();
    const actors = await admin.query<{ actor: string; action: string }>(`SELECT actor, action FROM audit_events WHERE action LIKE 'request.%' ORDER BY seq`);
    expect(actors.rows.map((row) => row.action)).toEqual(expect.arrayContaining(['request.created', 'request.transition']));
    expect(new Set(actors.rows.map((row) => row.actor))).toEqual(new Set([team.logins.dpo]));
    // The description is confidential: the server holds it sealed, the member's CLI read it in clear.
    const stored = await admin.query<{ description: string }>('SELECT description FROM requests');
    expect(stored.rows[0]?.description).not.toContain('Chiede copia');
  });

  it('lets the DPO register a breach and see it in the list and among the deadlines', async () => {
    const dpo = as(team.logins.dpo);
    const added = await cli(['breach', 'add', '--title', 'Chiavetta USB smarrita', '--aware-at', 'now', '--json'], { env: dpo });
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const breach = JSON.parse(added.stdout) as { reference: string };
    const list = JSON.parse((await cli(['breach', 'list', '--json'], { env: dpo })).stdout) as { rows: { reference: string }[] };
    expect(list.rows.map((item) => item.reference)).toEqual([breach.reference]);
    const deadlines = await cli(['deadlines', 'list', '--within', '45d', '--lang', 'en'], { env: dpo });
    expect(deadlines.code).toBe(0);
    expect(deadlines.stdout).toContain(breach.reference);
    expect(deadlines.stdout).toContain(reference);
  });

  it('lets the auditor read and report but refuses their request add, in English and in Italian, with nothing written', async () => {
    const auditor = as(team.logins.auditor);
    const before = { requests: await count('requests'), events: await count('audit_events') };
    const argv = ['request', 'add', '--regime', 'gdpr', '--type', 'erasure', '--name', 'Luca Verdi'];
    const refused = await cli(argv, { env: auditor });
    expect(refused).toEqual({ code: 1, stdout: '', stderr: 'Error: As an auditor you read and verify; the team server refused this change\n' });
    const rifiutata = await cli([...argv, '--lang', 'it'], { env: auditor });
    expect(rifiutata).toMatchObject({ code: 1, stderr: 'Errore: Come revisore leggi e verifichi; il server del team ha rifiutato questa modifica\n' });
    expect({ requests: await count('requests'), events: await count('audit_events') }).toEqual(before);

    const shown = JSON.parse((await cli(['request', 'show', reference, '--json'], { env: auditor })).stdout) as { subjectName: string };
    expect(shown.subjectName).toBe('Giulia Bianchi');
    const year = reference.slice(0, 4);
    const report = join(out, 'audit.json');
    const made = await cli(['report', 'audit', '--from', `${year}-01-01`, '--to', `${year}-12-31`, '--format', 'json', '--out', report], { env: auditor });
    expect(made.stderr).not.toContain('Error');
    expect(made.code).toBe(0);
    expect(existsSync(report)).toBe(true);
    const admin = await team.adminClient();
    const recorded = await admin.query<{ actor: string }>(`SELECT actor FROM audit_events WHERE action = 'report.generated'`);
    expect(recorded.rows).toEqual([{ actor: team.logins.auditor }]);
  });

  it('refuses the analyst a settings change with what their role may do, and asks for the password when none is given', async () => {
    const analyst = as(team.logins.analyst);
    const refused = await cli(['settings', 'set', 'organisation.name', 'Altra Srl', '--lang', 'it'], { env: analyst });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Errore: Come analista lavori sulle pratiche; .* quindi il server del team ha rifiutato questa modifica\n$/);
    const withoutPassword = await cli(['request', 'list'], { env: { DPO_DESK_DATABASE_URL: analyst.DPO_DESK_DATABASE_URL as string } });
    expect(withoutPassword).toMatchObject({ code: 2, stderr: 'Usage error: Set DPO_DESK_DATABASE_PASSWORD; secrets are never taken as arguments\n' });
    const wrong = await cli(['request', 'list'], { env: { ...analyst, DPO_DESK_DATABASE_PASSWORD: 'not the password at all' } });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(`The team server refused the login ${team.logins.analyst} with this password`);
  });

  it('lets the auditor change their own password with team password, and nobody else’s; the old one then opens nothing', async () => {
    const auditor = as(team.logins.auditor);
    const fresh = 'an auditor’s fresh passphrase';
    const weak = await cli(['team', 'password'], { env: { ...auditor, DPO_DESK_MEMBER_PASSWORD: 'short' } });
    expect(weak.code).toBe(2);
    const changed = await cli(['team', 'password', '--lang', 'it'], { env: { ...auditor, DPO_DESK_MEMBER_PASSWORD: fresh } });
    expect(changed).toEqual({ code: 0, stderr: '', stdout: 'La tua password è cambiata: il server del team e la tua copia della chiave del team ora si aprono solo con quella nuova\n' });
    expect((await cli(['request', 'list'], { env: auditor })).code).toBe(1);
    const shown = await cli(['request', 'show', reference, '--json'], { env: { ...auditor, DPO_DESK_DATABASE_PASSWORD: fresh } });
    expect(shown.code).toBe(0);
    expect((JSON.parse(shown.stdout) as { description: string }).description).toBe('Chiede copia dei dati');
    const admin = await team.adminClient();
    const trail = await admin.query<{ actor: string; entity_id: string }>(`SELECT actor, entity_id FROM audit_events WHERE action = 'team.own-password-changed'`);
    expect(trail.rows).toEqual([{ actor: team.logins.auditor, entity_id: team.logins.auditor }]);
    // The database function acts on the caller's own login only: an auditor cannot reach anyone else's.
    const client = await team.clientAs(team.logins.dpo);
    const state = await client.query(`SELECT team_change_own_password('md5x', 'p', 'w', 'x')`).then(() => 'ok', (error: { code?: string }) => error.code);
    expect(state).toBe('22023');
  });
});
