import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRow, type Row } from '../../db/confidential/seal-row';
import { COPY_TABLES } from '../../db/copy-tables';
import type { Database } from '../../db/schema';
import { addNote } from '../../electron/core/requests/request-notes';
import { exportTeamToVault } from '../../electron/core/team/export-team-to-vault';
import { moveVaultToTeam } from '../../electron/core/team/move-vault-to-team';
import type { CopyProgress } from '../../electron/core/team/table-progress';
import { openTeamDatabase } from '../../electron/core/team/open-team-database';
import { unlockTeamFields, unwrapOwnTeamKey } from '../../electron/core/team/team-data-key';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { NOVENTIA } from '../support/letter-vault';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { MEMBER_PASSWORD } from '../support/team-database';
import { call, NOW, openDesk, seedBreaches, seedRequests, type DeskApp } from './dashboard-seed';
import { PASSPHRASE, tempDir } from './temp-vault';

const availability = postgresAvailability();
const AT = new Date(NOW);

/** Every row of every table, in key order, as comparable values (files as hex); `open` reads a team row's confidential columns. */
async function everyRow(db: Kysely<Database>, table: string, open: (row: Row) => Row = (row) => row): Promise<unknown[]> {
  const rows = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)}`.execute(db)).rows.map(open);
  const plain = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('hex') : v])));
  return plain.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
}

/** A vault with something in every kind of table: requests and their steps, breaches, clients, letters, registers, rules, reminders. */
async function seedEverything(app: DeskApp): Promise<void> {
  await call(app, 'settings.update', { changes: NOVENTIA });
  const ids = await seedRequests(app);
  const breaches = await seedBreaches(app);
  const client = await call(app, 'clients.save', { client: { name: 'Studio Legale Verdi', privacyContact: 'segreteria@verdi.example', country: 'IT', requestDays: 5 } });
  await call(app, 'requests.create', {
    request: { regime: 'gdpr', types: ['erasure'], receivedAt: '2026-04-09T10:00:00+02:00', channel: 'email', subjectName: 'Paola Verdi', processor: { clientId: client.id } },
  });
  await call(app, 'breaches.setRoles', { breachId: breaches.running as string, controllerSide: true, clientIds: [client.id], nis2Significant: false });
  await call(app, 'breaches.clientNotice', { breachId: breaches.running as string, clientId: client.id, sentAt: '2026-04-09T12:00:00+02:00', channel: 'email' });
  await call(app, 'requests.correct', { id: ids.A as string, correction: { reason: 'Typo in the e-mail address', changes: { subjectEmail: 'anna.alberti@example.com' } } });
  await call(app, 'requests.addNote', { id: ids.A as string, text: 'Called back: wants a copy by post' });
  await call(app, 'requests.addAttachment', { id: ids.A as string, fileName: 'id.txt', base64: Buffer.from('passport of Anna Alberti').toString('base64') });
  await call(app, 'breaches.addAction', { id: breaches.notified as string, action: { kind: 'containment', at: '2026-04-08T13:00:00+02:00', who: 'IT', text: 'Share offline' } });
  await call(app, 'retention.saveRule', { rule: { category: 'Marketing contacts', periodCount: 24, periodUnit: 'months', trigger: 'last-activity', legalBasis: 'Consent' } });
  const measure = await call(app, 'registers.saveMeasure', { measure: { name: 'MFA', kind: 'technical' } });
  const zendesk = await call(app, 'registers.saveProcessor', { processor: { name: 'Zendesk', service: 'Support', country: 'US' } });
  const aws = await call(app, 'registers.saveProcessor', { processor: { name: 'AWS', service: 'Hosting', country: 'IE', parentId: zendesk.id } });
  await call(app, 'registers.saveProcessor', { id: zendesk.id, processor: { name: 'Zendesk', service: 'Support', country: 'US' } });
  await call(app, 'registers.saveTransfer', { transfer: { recipient: 'Zendesk, Inc.', country: 'US', processorId: zendesk.id, ground: 'scc', sccModule: 'c2p' } });
  const activity = await call(app, 'registers.saveActivity', { activity: { name: 'Customer support', systems: ['Zendesk'], processorIds: [zendesk.id, aws.id], measureIds: [measure.id] } });
  await call(app, 'registers.setCaseLinks', { caseType: 'breach', caseId: breaches.notified as string, activityIds: [activity.id], processorIds: [zendesk.id] });
  const f = await call(app, 'requests.get', { id: ids.F as string });
  await call(app, 'documents.draftSave', { caseType: 'request', caseId: f.reference, kind: 'extension-notice', language: 'en', date: '2026-04-10' });
  const letter = await call(app, 'documents.finalise', { caseType: 'request', caseId: f.reference, kind: 'extension-notice', language: 'it', date: '2026-04-10' });
  await call(app, 'documents.sent', { documentId: letter.id, sentOn: '2026-04-10', channel: 'pec', recipient: 'Fabio Ferri' });
  await call(app, 'reminders.run', {});
}

describe.skipIf(!availability.available)('moving a vault to a team server and back', () => {
  let server: TestPostgres;
  let app: DeskApp;
  let teamUrl: string;
  let firstDpo: { login: string; displayName: string; role: 'dpo'; password: string };
  const closers: (() => Promise<void> | void)[] = [];

  beforeAll(async () => {
    if (!availability.available) return;
    server = await startTestPostgres(availability);
    app = await openDesk();
    await seedEverything(app);
    teamUrl = await server.createDatabase();
    firstDpo = { login: `${new URL(teamUrl).pathname.slice(1)}_first`, displayName: 'Daria Pace', role: 'dpo', password: MEMBER_PASSWORD };
  }, 180_000);

  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await app?.dispose();
    app?.tmp.cleanup();
    await server?.stop();
  });

  function team(url = teamUrl): Kysely<Database> {
    const db = openTeamDatabase(url);
    closers.push(() => db.destroy());
    return db;
  }

  function firstDpoUrl(): string {
    const dpoUrl = new URL(teamUrl);
    dpoUrl.username = firstDpo.login;
    dpoUrl.password = MEMBER_PASSWORD;
    return dpoUrl.toString();
  }

  /** The first DPO signed in: the team key opened with their password. */
  async function asFirstDpo(): Promise<Kysely<Database>> {
    const db = team(firstDpoUrl());
    await unlockTeamFields(db, firstDpo.login, MEMBER_PASSWORD);
    return db;
  }

  it('copies every table row for row and every event into an empty database, verified on arrival, and refuses one that is not empty', async () => {
    const vault = app.session.db();
    for (const table of COPY_TABLES) expect((await everyRow(vault, table)).length, `${table} is seeded`).toBeGreaterThan(0);
    const progress: CopyProgress[] = [];
    const moved = await moveVaultToTeam(vault, team(), firstDpo, AT, (p) => progress.push(p));
    expect(new Set(progress.map((p) => p.table))).toEqual(new Set(COPY_TABLES));
    expect(progress.filter((p) => p.copied === p.total).length).toBeGreaterThanOrEqual(COPY_TABLES.length);
    const key = await unwrapOwnTeamKey(team(firstDpoUrl()), firstDpo.login, MEMBER_PASSWORD);
    for (const table of COPY_TABLES.filter((t) => t !== 'audit_events')) {
      expect(await everyRow(team(), table, (row) => openRow(table, row, key)), table).toEqual(await everyRow(vault, table));
    }
    for (const [table, text] of [['request_notes', 'Called back'], ['breach_actions', 'Share offline'], ['attachments', Buffer.from('passport of Anna').toString('hex')]] as const) {
      expect(JSON.stringify(await everyRow(team(), table)), `${table} as the server holds it`).not.toContain(text);
    }
    const vaultEvents = await vault.selectFrom('audit_events').selectAll().orderBy('seq').execute();
    const teamEvents = await team().selectFrom('audit_events').selectAll().orderBy('seq').execute();
    expect(teamEvents.slice(0, vaultEvents.length)).toEqual(vaultEvents);
    expect(moved.chain).toMatchObject({ ok: true, eventCount: vaultEvents.length + 2 });
    const last = await team().selectFrom('audit_events').select(['actor', 'action']).orderBy('seq', 'desc').limit(2).execute();
    expect(last).toEqual([
      { actor: 'postgres', action: 'team.vault-imported' },
      { actor: 'postgres', action: 'team.member-added' },
    ]);

    await expect(moveVaultToTeam(vault, team(), firstDpo, AT)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already holds \d+ tables/) });
  });

  it('gives back a local vault equal row for row, its chain the team’s plus the export, every case state and file verified', async () => {
    const tmp = tempDir();
    closers.push(() => tmp.cleanup());
    const session = new VaultSession({ dir: `${tmp.dir}/vault`, actor: 'dpo (cli)', now: () => AT });
    closers.push(() => session.lock('user').then(() => undefined));
    const exported = await exportTeamToVault(await asFirstDpo(), session, PASSPHRASE);
    expect(exported.verification).toMatchObject({ ok: true, dataBreaks: [] });
    const back = session.db();
    const vault = app.session.db();
    for (const table of COPY_TABLES.filter((t) => t !== 'audit_events' && t !== 'vault_meta')) expect(await everyRow(back, table), table).toEqual(await everyRow(vault, table));
    const original = await vault.selectFrom('audit_events').selectAll().orderBy('seq').execute();
    const events = await back.selectFrom('audit_events').selectAll().orderBy('seq').execute();
    expect(events.slice(0, original.length)).toEqual(original);
    expect(events.slice(original.length).map((e) => e.action)).toEqual(['team.member-added', 'team.vault-imported', 'vault.created-from-team']);
    expect(exported.verification.eventCount).toBe(original.length + 3);
  });

  it('exports what the team changed after the move, with ids that continue the vault’s and the case states committed anew', async () => {
    const dpo = await asFirstDpo();
    const request = await dpo.selectFrom('requests').select('id').where('subject_name', '=', 'Anna Alberti').executeTakeFirstOrThrow();
    await addNote(dpo, request.id, 'Copy sent by registered post', firstDpo.login, AT);
    const notes = await dpo.selectFrom('request_notes').select(['id', 'text']).where('request_id', '=', request.id).orderBy('id').execute();
    expect(notes.map((n) => n.text)).toEqual(['Called back: wants a copy by post', 'Copy sent by registered post']);
    expect(notes[1]?.id).toBeGreaterThan(notes[0]?.id ?? Infinity);

    const tmp = tempDir();
    closers.push(() => tmp.cleanup());
    const session = new VaultSession({ dir: `${tmp.dir}/vault`, actor: 'dpo (cli)', now: () => AT });
    closers.push(() => session.lock('user').then(() => undefined));
    const exported = await exportTeamToVault(dpo, session, PASSPHRASE);
    expect(exported.verification).toMatchObject({ ok: true, dataBreaks: [] });
    const texts = await session.db().selectFrom('request_notes').select('text').where('request_id', '=', request.id).orderBy('id').execute();
    expect(texts.map((n) => n.text)).toEqual(['Called back: wants a copy by post', 'Copy sent by registered post']);
  });

  it('exports from a server that refuses every write, as a read replica does: reports can be made from the copy, off the primary', async () => {
    const database = new URL(teamUrl).pathname.slice(1);
    await sql`ALTER DATABASE ${sql.id(database)} SET default_transaction_read_only = on`.execute(team());
    try {
      const replica = await asFirstDpo();
      await expect(sql`CREATE TEMP TABLE probe (x int)`.execute(replica)).rejects.toMatchObject({ code: '25006' });
      const tmp = tempDir();
      closers.push(() => tmp.cleanup());
      const session = new VaultSession({ dir: `${tmp.dir}/vault`, actor: 'dpo (cli)', now: () => AT });
      closers.push(() => session.lock('user').then(() => undefined));
      const exported = await exportTeamToVault(replica, session, PASSPHRASE);
      expect(exported.verification).toMatchObject({ ok: true, dataBreaks: [] });
    } finally {
      await team()
        .transaction()
        .execute(async (trx) => {
          await sql`SET TRANSACTION READ WRITE`.execute(trx);
          await sql`ALTER DATABASE ${sql.id(database)} RESET default_transaction_read_only`.execute(trx);
        });
    }
  });
});
