import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/schema';
import { AppError } from '../../electron/core/errors';
import { renderText } from '../../electron/core/i18n';
import { readAttachment } from '../../electron/core/requests/request-attachments';
import { openTeamDatabase } from '../../electron/core/team/open-team-database';
import { openConfidentialFields, unlockTeamFields, unwrapOwnTeamKey } from '../../electron/core/team/team-data-key';
import { addTeamMember, disableTeamMember, resetTeamMemberPassword } from '../../electron/core/team/team-members';
import { updateSettings } from '../../electron/core/settings/settings-service';
import { deskOver, type DeskOver } from '../support/desk-over-database';
import { ITALIAN_ORGANISATION } from '../support/italian-organisation';
import { NOVENTIA } from '../support/letter-vault';
import { postgresAvailability, startTestPostgres, type TestPostgres } from '../support/postgres';
import { createTestTeam, MEMBER_PASSWORD, type TestTeam } from '../support/team-database';

const availability = postgresAvailability();
const NOW = new Date('2026-04-10T08:00:00Z');
/** Written into every confidential field; must never appear in what the server holds. */
const MARKER = 'ZQX-CONFIDENTIAL-7731';

/** The refusal's code, English and Italian texts. */
async function refusal(work: () => Promise<unknown>): Promise<{ code: string; en: string; it: string }> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, en: renderText('en', error.detail), it: renderText('it', error.detail) };
    throw error;
  }
  throw new Error('expected a refusal');
}

/** pg_dump of the whole database, as the server's superuser (the operator, or a backup), or null where pg_dump is absent. */
function dumpOf(adminUrl: string): string | null {
  const bin = availability.available && availability.binDir ? `${availability.binDir}/pg_dump` : 'pg_dump';
  try {
    return execFileSync(bin, ['--dbname', adminUrl, '--inserts'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

describe.skipIf(!availability.available)('confidential text on a team server', () => {
  let server: TestPostgres;
  let team: TestTeam;
  let analyst: DeskOver;
  const ids: Record<string, string> = {};
  const opened: Kysely<Database>[] = [];

  /** A member's connection as the app opens it: no team key until the member's password opens their copy. */
  function connect(login: string): Kysely<Database> {
    const db = openTeamDatabase(team.urlAs(login));
    opened.push(db);
    return db;
  }

  beforeAll(async () => {
    if (!availability.available) return;
    server = await startTestPostgres(availability);
    team = await createTestTeam(server, NOW);
    await updateSettings(team.as(team.logins.dpo), { ...NOVENTIA, ...ITALIAN_ORGANISATION }, team.logins.dpo, NOW);
    analyst = deskOver(team.as(team.logins.analyst), team.logins.analyst, () => NOW, { login: team.logins.analyst, displayName: 'Andrea Neri', role: 'analyst' });
    const request = await analyst.call('requests.create', {
      request: { regime: 'gdpr', types: ['access'], receivedAt: '2026-04-08T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Rossi', subjectEmail: 'giulia.rossi@example.it', description: `${MARKER} wants her call recordings` },
    });
    ids.request = request.id;
    const other = await analyst.call('requests.create', {
      request: { regime: 'gdpr', types: ['erasure'], receivedAt: '2026-04-08T11:00:00+02:00', channel: 'email', subjectName: 'Marco Bianchi', description: 'Close my account' },
    });
    ids.other = other.id;
    await analyst.call('requests.addNote', { id: request.id, text: `${MARKER} called back about her mother's file` });
    const withFile = await analyst.call('requests.addAttachment', { id: request.id, fileName: 'passport.txt', base64: Buffer.from(`${MARKER} passport scan`).toString('base64') });
    ids.attachment = withFile.attachments[0]?.id ?? '';
    await analyst.call('requests.correct', { id: request.id, correction: { reason: 'She wrote again', changes: { description: `${MARKER} wants recordings and chat logs` } } });
    const breach = await analyst.call('breaches.create', { breach: { title: 'Laptop stolen', awareAt: '2026-04-09T10:00:00+02:00', description: `${MARKER} laptop with payroll taken from a car` } });
    ids.breach = breach.id;
    await analyst.call('breaches.addAction', { id: breach.id, action: { kind: 'containment', at: '2026-04-09T11:00:00+02:00', who: 'IT', text: `${MARKER} remote wipe sent` } });
    await analyst.call('breaches.updateFacts', {
      id: breach.id,
      facts: { confidentiality: 'none', integrity: 'none', availability: 'days', maliciousIntent: true, dataCategories: ['identity', 'contact', 'employment'], subjects: 40 },
    });
    await analyst.call('breaches.decide', { id: breach.id, decision: { notifyAuthority: true, notifySubjects: false, rationale: `${MARKER} payroll unavailable for days` } });
    await analyst.call('breaches.addNotification', {
      id: breach.id,
      notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-04-10T09:00:00+02:00', summary: `${MARKER} preliminary notice` },
    });
    await analyst.call('requests.transition', { id: request.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
    await analyst.call('requests.transition', { id: request.id, transition: { to: 'extended', reason: `${MARKER} six systems to search` } });
    await analyst.call('documents.draftSave', { caseType: 'request', caseId: request.reference, kind: 'extension-notice', language: 'en', date: '2026-04-10', inputs: { 'extension.reasons': `${MARKER} draft note` } });
    const letter = await analyst.call('documents.finalise', { caseType: 'request', caseId: request.reference, kind: 'extension-notice', language: 'it', date: '2026-04-10' });
    ids.document = letter.id;
  }, 180_000);

  afterAll(async () => {
    analyst?.cleanup();
    await Promise.all(opened.map((db) => db.destroy()));
    await team?.close();
    await server?.stop();
  });

  it('keeps no plaintext of any confidential field on the server: not in the rows, not in a pg_dump', async () => {
    const admin = await team.adminClient();
    const tables = [
      ...['requests', 'request_notes', 'request_changes', 'request_history', 'attachments', 'breaches', 'breach_actions', 'breach_notifications', 'breach_history'],
      ...['documents', 'letter_drafts', 'audit_events'],
    ];
    for (const table of tables) {
      const rows = (await admin.query(`SELECT * FROM ${table}`)).rows as Record<string, unknown>[];
      expect(rows.length, `${table} has rows`).toBeGreaterThan(0);
      const text = rows.map((row) => Object.values(row).map((value) => (Buffer.isBuffer(value) ? value.toString('latin1') : JSON.stringify(value))).join('|')).join('\n');
      expect(text, table).not.toContain(MARKER);
    }
    const stored = (await admin.query('SELECT description FROM requests WHERE id = $1', [ids.request])).rows[0] as { description: string };
    expect(stored.description).toMatch(/^dpoenc:1:/);
    const dump = dumpOf(team.adminUrl);
    if (dump === null) console.warn('pg_dump not found: the dump check did not run (the row check did)');
    else {
      expect(dump).toContain('dpoenc:1:');
      expect(dump).not.toContain(MARKER);
    }
  });

  it('lets a member read them through the services once their password opens the team key', async () => {
    const auditor = connect(team.logins.auditor);
    await unlockTeamFields(auditor, team.logins.auditor, MEMBER_PASSWORD);
    const desk = deskOver(auditor, team.logins.auditor, () => NOW, { login: team.logins.auditor, displayName: 'Aurora Ricci', role: 'auditor' });
    try {
      const detail = await desk.call('requests.get', { id: ids.request as string });
      expect(detail.description).toBe(`${MARKER} wants recordings and chat logs`);
      expect(detail.notes.map((n) => n.text)).toEqual([`${MARKER} called back about her mother's file`]);
      expect(detail.timeline.flatMap((entry) => entry.changes ?? [])).toContainEqual({ field: 'description', from: `${MARKER} wants her call recordings`, to: `${MARKER} wants recordings and chat logs` });
      const file = await readAttachment(auditor, ids.attachment as string);
      expect(Buffer.from(file.base64, 'base64').toString()).toBe(`${MARKER} passport scan`);
      const breach = await desk.call('breaches.get', { id: ids.breach as string });
      expect(breach.description).toBe(`${MARKER} laptop with payroll taken from a car`);
      expect(breach.actions.map((a) => a.text)).toEqual([`${MARKER} remote wipe sent`]);
      expect(breach.notifications.map((n) => [n.summary, n.delayReasons])).toEqual([[`${MARKER} preliminary notice`, null]]);
      expect(detail.extensionReason).toBe(`${MARKER} six systems to search`);
      expect(detail.timeline.map((entry) => JSON.stringify(entry.data)).filter((data) => data.includes(MARKER))).toHaveLength(2);
      const pdf = await desk.call('documents.export', { documentId: ids.document as string });
      expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      expect((await desk.call('documents.draftGet', { caseType: 'request', caseId: detail.reference, kind: 'extension-notice', language: 'en' }))?.inputs).toEqual({ 'extension.reasons': `${MARKER} draft note` });
      const list = await desk.call('requests.list', { search: 'Rossi' });
      expect(list.rows.map((r) => r.subjectName)).toEqual(['Giulia Rossi']);
    } finally {
      desk.cleanup();
    }
  });

  it('refuses without the key, with a wrong key, and with a wrong password, in English and Italian, and writes nothing in clear', async () => {
    const locked = connect(team.logins.analyst);
    const unopened = await refusal(() => locked.selectFrom('requests').select(['id', 'description']).where('id', '=', ids.request as string).execute());
    expect(unopened).toMatchObject({ code: 'VAULT_LOCKED', en: expect.stringContaining('requests.description'), it: expect.stringContaining('chiave del team') });
    const write = await refusal(() => locked.updateTable('requests').set({ description: 'in clear' }).where('id', '=', ids.other as string).execute());
    expect(write.code).toBe('VAULT_LOCKED');
    const admin = await team.adminClient();
    expect(((await admin.query('SELECT description FROM requests WHERE id = $1', [ids.other])).rows[0] as { description: string }).description).toMatch(/^dpoenc:1:/);

    const wrongKey = connect(team.logins.analyst);
    openConfidentialFields(wrongKey, randomBytes(32));
    const wrong = await refusal(() => wrongKey.selectFrom('request_notes').selectAll().execute());
    expect(wrong).toMatchObject({ code: 'VAULT_CORRUPT', en: expect.stringContaining('altered or moved'), it: expect.stringContaining('alterato o spostato') });

    const password = await refusal(() => unwrapOwnTeamKey(connect(team.logins.analyst), team.logins.analyst, 'not the password at all'));
    expect(password).toMatchObject({ code: 'WRONG_SECRET', it: expect.stringContaining('non si apre con questa password') });
  });

  it('gives each member only their own wrapped key, and a disabled member none', async () => {
    const analystClient = await team.clientAs(team.logins.analyst);
    expect((await analystClient.query('SELECT login FROM team_keys')).rows).toEqual([{ login: team.logins.analyst }]);
    await expect(analystClient.query("DELETE FROM team_keys WHERE login <> session_user")).rejects.toThrow(/permission denied/);

    const dpo = team.as(team.logins.dpo);
    const gone = `${team.name}_gone`;
    await addTeamMember(dpo, { login: gone, displayName: 'Gino Ex', role: 'analyst', password: MEMBER_PASSWORD }, NOW);
    const before = connect(gone);
    await unlockTeamFields(before, gone, MEMBER_PASSWORD);
    expect((await before.selectFrom('requests').select(['id', 'description']).where('id', '=', ids.other as string).executeTakeFirstOrThrow()).description).toBe('Close my account');
    await before.destroy();
    await disableTeamMember(dpo, gone, NOW);
    const admin = await team.adminClient();
    expect((await admin.query('SELECT count(*)::int AS n FROM team_keys WHERE login = $1', [gone])).rows).toEqual([{ n: 0 }]);
    await expect(unlockTeamFields(connect(gone), gone, MEMBER_PASSWORD)).rejects.toThrow(/not permitted to log in/);
  });

  it('wraps the key again when a DPO sets a member’s new password: the new one opens it, the old one nothing', async () => {
    const dpo = team.as(team.logins.dpo);
    const member = `${team.name}_reset`;
    await addTeamMember(dpo, { login: member, displayName: 'Rita Neri', role: 'analyst', password: MEMBER_PASSWORD }, NOW);
    const fresh = 'a brand new passphrase 2026';
    await resetTeamMemberPassword(dpo, member, fresh, NOW);
    const url = new URL(team.urlAs(member));
    url.password = fresh;
    const db = openTeamDatabase(url.toString());
    opened.push(db);
    await unlockTeamFields(db, member, fresh);
    expect((await db.selectFrom('request_notes').select('text').execute()).map((n) => n.text)).toEqual([`${MARKER} called back about her mother's file`]);
    await expect(unlockTeamFields(connect(member), member, MEMBER_PASSWORD)).rejects.toThrow(/password authentication failed/);
    const refused = await refusal(() => resetTeamMemberPassword(team.as(team.logins.analyst), member, fresh, NOW));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', it: expect.stringContaining('impostarne la password') });
    const last = await dpo.selectFrom('audit_events').select(['actor', 'action', 'entity_id']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(last).toEqual({ actor: team.logins.dpo, action: 'team.member-password-set', entity_id: member });
  });

  it('refuses a ciphertext altered, moved to another row, or replaced by plaintext, and never shows garbage', async () => {
    const admin = await team.adminClient();
    const reader = team.as(team.logins.auditor);
    const read = (id: string) => () => reader.selectFrom('requests').select(['id', 'description']).where('id', '=', id).executeTakeFirstOrThrow();
    await admin.query('UPDATE requests SET description = (SELECT description FROM requests WHERE id = $1) WHERE id = $2', [ids.request, ids.other]);
    expect(await refusal(read(ids.other as string))).toMatchObject({ code: 'VAULT_CORRUPT', en: expect.stringContaining('requests.description'), it: expect.stringContaining('alterato o spostato') });

    const stored = ((await admin.query('SELECT description FROM requests WHERE id = $1', [ids.request])).rows[0] as { description: string }).description;
    const flipped = `${stored.slice(0, -6)}${stored.slice(-6, -5) === 'A' ? 'B' : 'A'}${stored.slice(-5)}`;
    await admin.query('UPDATE requests SET description = $1 WHERE id = $2', [flipped, ids.other]);
    expect((await refusal(read(ids.other as string))).code).toBe('VAULT_CORRUPT');

    await admin.query("UPDATE requests SET description = 'written by a DBA' WHERE id = $1", [ids.other]);
    expect(await refusal(read(ids.other as string))).toMatchObject({ code: 'VAULT_CORRUPT', en: expect.stringContaining('stored in clear'), it: expect.stringContaining('in chiaro') });

    await admin.query('UPDATE attachments SET content = content || $1::bytea WHERE id = $2', [Buffer.from([0]), ids.attachment]);
    expect((await refusal(() => readAttachment(reader, ids.attachment as string))).code).toBe('VAULT_CORRUPT');
    expect((await reader.selectFrom('requests').select('description').where('id', '=', ids.request as string).executeTakeFirstOrThrow()).description).toContain(MARKER);
  });
});
