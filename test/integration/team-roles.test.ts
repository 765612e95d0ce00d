import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlainDatabase } from '../../db/connection';
import { expectedSchema } from '../../db/expected-schema';
import { createKysely } from '../../db/kysely';
import { migrateToLatest } from '../../db/migrate';
import type { Database } from '../../db/schema';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { createRequest } from '../../electron/core/requests/create-request';
import { disableTeamMember, listTeamMembers } from '../../electron/core/team/team-members';
import { newRequestSchema } from '../../electron/shared/requests';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, type TestTeam } from '../support/team-database';
import { accessRequest } from './italian-request-vault';

const NOW = new Date('2026-04-10T08:00:00Z');
const availability = postgresAvailability();

/** The SQLSTATE a statement fails with, or 'ok' when it runs. */
async function sqlState(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'ok';
  } catch (error) {
    return error instanceof Error && 'code' in error ? String(error.code) : String(error);
  }
}

const EVENT = (actor: string, seq: number) =>
  `INSERT INTO audit_events (seq, at, actor, action, entity_type, data, prev_hash, hash) VALUES (${seq}, 'x', '${actor}', 'forged', 'x', '{}', 'p${seq}', 'h${seq}')`;

describe.skipIf(!availability.available)('team roles enforced by PostgreSQL itself (plain SQL as each member)', () => {
  let server: TestPostgres;
  let team: TestTeam;

  beforeAll(async () => {
    if (!availability.available) return;
    server = await startTestPostgres(availability);
    team = await createTestTeam(server, NOW);
  }, 120_000);

  afterAll(async () => {
    await team?.close();
    await server?.stop();
  });

  it('carries every vault table with the vault’s columns and their NOT NULLs, so the same services read both', async () => {
    const admin = await team.adminClient();
    const pgColumns = await admin.query<{ table_name: string; columns: string }>(
      `SELECT table_name, string_agg(column_name || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END, ',' ORDER BY column_name) AS columns
       FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name NOT IN ('team_members', 'team_keys', 'kysely_migration', 'kysely_migration_lock') GROUP BY table_name ORDER BY table_name`,
    );
    const tables = [...(await expectedSchema()).values()].filter((o) => o.type === 'table' && !o.name.startsWith('kysely_'));
    const searchIndexes = tables.filter((o) => o.sql.startsWith('CREATE VIRTUAL')).map((o) => o.name);
    // SQLite's FTS5 search index and its shadow tables are search, which PostgreSQL does with pg_trgm indexes.
    const vaultTables = tables.map((o) => o.name).filter((name) => !searchIndexes.some((index) => name === index || name.startsWith(`${index}_`)));
    const sqlite = openPlainDatabase(':memory:');
    const vault = createKysely(sqlite);
    try {
      await migrateToLatest(vault);
      expect(pgColumns.rows.map((r) => r.table_name)).toEqual(vaultTables.sort());
      for (const { table_name: table, columns } of pgColumns.rows) {
        const info = sqlite.prepare(`SELECT name, "notnull" AS nn, pk FROM pragma_table_info(?) ORDER BY name`).all(table) as { name: string; nn: number; pk: number }[];
        expect(columns, table).toBe(info.map((c) => (c.nn || c.pk ? `${c.name} not null` : c.name)).join(','));
      }
    } finally {
      await vault.destroy();
    }
  });

  it('lets an analyst register a request through the service, named in the trail as the person who did it', async () => {
    const analyst: Kysely<Database> = team.as(team.logins.analyst);
    const { reference } = await createRequest(analyst, newRequestSchema.parse(accessRequest), team.logins.analyst, NOW);
    expect(reference).toBe('2026-0001');
    const last = await analyst.selectFrom('audit_events').select(['actor', 'action']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(last).toEqual({ actor: team.logins.analyst, action: 'request.created' });
    expect(await verifyAuditChain(analyst)).toMatchObject({ ok: true, eventCount: 5 });
  });

  it('refuses the auditor every write: cases, settings, the trail', async () => {
    const auditor = await team.clientAs(team.logins.auditor);
    expect((await auditor.query('SELECT count(*)::int AS n FROM requests')).rows[0]).toEqual({ n: 1 });
    expect(await sqlState(() => auditor.query(`UPDATE requests SET status = 'void'`))).toBe('42501');
    expect(await sqlState(() => auditor.query(`INSERT INTO request_notes (request_id, at, author, text) SELECT id, 'x', 'x', 'x' FROM requests`))).toBe('42501');
    expect(await sqlState(() => auditor.query(`INSERT INTO settings (key, value, updated_at) VALUES ('k', '1', 'x')`))).toBe('42501');
    expect(await sqlState(() => auditor.query(EVENT(team.logins.auditor, 900)))).toBe('42501');
    // The one event an auditor appends is the record of a report they generated, in their own name.
    const report = (actor: string) => EVENT(actor, 902).replace("'forged', 'x'", "'report.generated', 'report'");
    expect(await sqlState(() => auditor.query(report(team.logins.dpo)))).toBe('42501');
    expect(await sqlState(() => auditor.query(`DELETE FROM requests`))).toBe('42501');
  });

  it('refuses the analyst settings, clients and members, and events in another person’s name', async () => {
    const analyst = await team.clientAs(team.logins.analyst);
    expect(await sqlState(() => analyst.query(`UPDATE settings SET value = '"UTC"' WHERE key = 'organisation.timeZone'`))).toBe('42501');
    expect(await sqlState(() => analyst.query(`INSERT INTO settings (key, value, updated_at) VALUES ('k', '1', 'x')`))).toBe('42501');
    expect(await sqlState(() => analyst.query(`INSERT INTO clients (id, name, privacy_contact, request_days_basis, country, notes, created_at, updated_at) VALUES ('c', 'c', 'c', 'calendar', 'IT', '', 'x', 'x')`))).toBe('42501');
    expect(await sqlState(() => analyst.query(`UPDATE team_members SET role = 'dpo'`))).toBe('42501');
    expect(await sqlState(() => analyst.query(`SELECT team_add_member('intruder', 'SCRAM-SHA-256$x', 'dpo', 'x', 'x')`))).toBe('42501');
    expect(await sqlState(() => analyst.query(`CREATE ROLE intruder LOGIN`))).toBe('42501');
    expect(await sqlState(() => analyst.query(EVENT(team.logins.dpo, 901)))).toBe('42501');
    expect(await sqlState(() => analyst.query(`INSERT INTO request_history (request_id, audit_seq, at, actor, action) SELECT id, 1, 'x', '${team.logins.dpo}', 'x' FROM requests`))).toBe('42501');
    expect(await sqlState(() => analyst.query(`INSERT INTO settings (key, value, updated_at) VALUES ('deadlines.remindersSince', '"2026-04-10T08:00:00.000Z"', 'x')`))).toBe('ok');
    expect(await sqlState(() => analyst.query(`UPDATE settings SET value = '"UTC"' WHERE key = 'organisation.timeZone'`))).toBe('42501');
    // What an analyst may do: work on cases, and sign for it (and mark where reminders start).
    expect(await sqlState(() => analyst.query(`INSERT INTO request_notes (request_id, at, author, text) SELECT id, 'x', 'x', 'called back' FROM requests`))).toBe('ok');
  });

  it('gives breaches, documents and registers the same roles: analysts work cases, only the DPO keeps the registers, the auditor reads', async () => {
    const breach = `INSERT INTO breaches (id, reference, ref_year, ref_seq, title, description, aware_at, aware_utc, authority_deadline, systems, subject_categories,
      cross_border, other_authorities, processors, facts_draft, status, created_at, updated_at)
      VALUES ('b1', 'B-2026-001', 2026, 1, 'Lost laptop', 'x', 'x', 'x', 'x', '[]', '[]', '{}', '[]', '[]', '{}', 'open', 'x', 'x')`;
    const document = `INSERT INTO documents (id, case_type, case_id, kind, language, title, version, status, sha256, size, content, body_json, created_at, created_by)
      VALUES ('d1', 'breach', 'b1', 'notice', 'it', 'Avviso', 1, 'finalised', 'h', 3, '\\x616263', '{}', 'x', 'x')`;
    const processor = `INSERT INTO register_processors (id, name, service, country, notes, review_every_months, next_review, created_at, updated_at)
      VALUES ('p1', 'Hosting Srl', 'hosting', 'IT', '', 12, '2027-01-01', 'x', 'x')`;
    const rule = `INSERT INTO retention_rules (id, category, period_count, period_unit, trigger, trigger_note, legal_basis, review_every_months, next_review, created_at, updated_at)
      VALUES ('r1', 'Invoices', 10, 'years', 'x', '', 'x', 12, '2027-01-01', 'x', 'x')`;
    const analyst = await team.clientAs(team.logins.analyst);
    const auditor = await team.clientAs(team.logins.auditor);
    const dpo = await team.clientAs(team.logins.dpo);
    expect(await sqlState(() => auditor.query(breach))).toBe('42501');
    expect(await sqlState(() => analyst.query(breach))).toBe('ok');
    expect(await sqlState(() => analyst.query(`INSERT INTO breach_actions (breach_id, kind, at, who, text, created_at) VALUES ('b1', 'containment', 'x', 'x', 'Remote wipe', 'x')`))).toBe('ok');
    expect(await sqlState(() => analyst.query(`INSERT INTO breach_history (breach_id, audit_seq, at, actor, action) VALUES ('b1', 1, 'x', '${team.logins.dpo}', 'x')`))).toBe('42501');
    expect(await sqlState(() => analyst.query(`INSERT INTO breach_history (breach_id, audit_seq, at, actor, action) VALUES ('b1', 1, 'x', '${team.logins.analyst}', 'x')`))).toBe('ok');
    expect(await sqlState(() => auditor.query(document))).toBe('42501');
    expect(await sqlState(() => analyst.query(document))).toBe('ok');
    expect(await sqlState(() => auditor.query(`INSERT INTO letter_drafts (case_type, case_id, kind, language, inputs_json, updated_at, updated_by) VALUES ('breach', 'b1', 'notice', 'it', '{}', 'x', 'x')`))).toBe('42501');
    expect(await sqlState(() => dpo.query(`UPDATE documents SET title = 'changed'`))).toBe('42501');
    expect(await sqlState(() => analyst.query(processor))).toBe('42501');
    expect(await sqlState(() => analyst.query(rule))).toBe('42501');
    expect(await sqlState(() => dpo.query(processor))).toBe('ok');
    expect(await sqlState(() => dpo.query(rule))).toBe('ok');
    expect(await sqlState(() => analyst.query(`INSERT INTO case_register_links (case_type, case_id, kind, target_id) VALUES ('breach', 'b1', 'processor', 'p1')`))).toBe('ok');
    expect(await sqlState(() => auditor.query(`DELETE FROM case_register_links`))).toBe('42501');
    expect((await auditor.query(`SELECT (SELECT count(*) FROM breaches)::int AS breaches, (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM register_processors)::int AS processors`)).rows[0]).toEqual({ breaches: 1, documents: 1, processors: 1 });
    // A deleted breach takes its documents and links along, as in the vault.
    expect(await sqlState(() => dpo.query(`DELETE FROM breaches WHERE id = 'b1'`))).toBe('ok');
    expect((await dpo.query(`SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM case_register_links)::int AS links`)).rows[0]).toEqual({ documents: 0, links: 0 });
  });

  it('refuses everyone, the owner included, any change to the trail', async () => {
    const admin = await team.adminClient();
    for (const login of [team.logins.dpo, team.logins.analyst, team.logins.auditor]) {
      const member = await team.clientAs(login);
      expect(await sqlState(() => member.query(`UPDATE audit_events SET actor = 'someone else'`)), login).toBe('42501');
      expect(await sqlState(() => member.query(`DELETE FROM audit_events`)), login).toBe('42501');
      expect(await sqlState(() => member.query(`TRUNCATE audit_events`)), login).toBe('42501');
    }
    expect(await sqlState(() => admin.query(`UPDATE audit_events SET actor = 'someone else'`))).toBe('42501');
    expect(await sqlState(() => admin.query(`DELETE FROM audit_events WHERE seq = 1`))).toBe('42501');
    expect(await sqlState(() => admin.query(`TRUNCATE audit_events`))).toBe('42501');
    expect(await verifyAuditChain(team.as(team.logins.auditor))).toMatchObject({ ok: true });
  });

  it('lets the DPO change settings and members, never disable the last DPO, and a disabled member no longer logs in', async () => {
    const dpo = await team.clientAs(team.logins.dpo);
    expect(await sqlState(() => dpo.query(`UPDATE settings SET updated_at = updated_at WHERE key = 'organisation.country'`))).toBe('ok');
    const dpoDb = team.as(team.logins.dpo);
    await expect(disableTeamMember(dpoDb, team.logins.dpo, NOW)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(disableTeamMember(team.as(team.logins.analyst), team.logins.auditor, NOW)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await disableTeamMember(dpoDb, team.logins.auditor, NOW);
    expect(await sqlState(() => team.clientAs(team.logins.auditor))).toBe('28000');
    const members = await listTeamMembers(dpoDb);
    expect(members.map((m) => [m.login, m.role, m.active])).toEqual([
      [team.logins.analyst, 'analyst', true],
      [team.logins.auditor, 'auditor', false],
      [team.logins.dpo, 'dpo', true],
    ]);
    const trail = await dpoDb.selectFrom('audit_events').select(['actor', 'action', 'entity_id']).where('entity_type', '=', 'team-member').orderBy('seq').execute();
    expect(trail).toEqual([
      { actor: 'postgres', action: 'team.member-added', entity_id: team.logins.dpo },
      { actor: team.logins.dpo, action: 'team.member-added', entity_id: team.logins.analyst },
      { actor: team.logins.dpo, action: 'team.member-added', entity_id: team.logins.auditor },
      { actor: team.logins.dpo, action: 'team.member-disabled', entity_id: team.logins.auditor },
    ]);
  });
});
