import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEncryptedDatabase, type SqliteDatabase } from '../../db/connection';
import { stateCoverage } from '../../db/state-coverage';
import type { DataBreak } from '../../electron/core/audit/data-break';
import { createDemoVault } from '../../electron/core/demo/create-demo-vault';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';
import type { Channel } from '../../electron/shared/channels';
import type { Input, Output } from '../../electron/shared/contract';
import { cli } from '../support/cli';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * Tamper evidence of the case data, over a real vault filled through the API (the demo
 * year plus notes, files, clock stops, corrections, letters, dispatches, drafts, retention
 * rules and reminders): every field edited behind the app's back with a raw connection and
 * the key is caught by `audit verify`, which names the case and the field group; so are
 * added and deleted rows, a swapped file, a change hidden under a later audited one, and
 * dropped triggers. Each edit is undone before the next, and the vault verifies clean again.
 */
const NOW = new Date('2026-11-20T10:00:00Z');

interface Tamper {
  table: string;
  column: string;
  /** SQL condition picking the row (the first row when absent). */
  where?: string;
  /** The new value; by default text gains a suffix and numbers grow by one. */
  to?: string | number;
  /** The field group `audit verify` must name. */
  group: string;
}

const TAMPERS: Tamper[] = [
  { table: 'requests', column: 'subject_name', group: 'requests.subject' },
  { table: 'requests', column: 'subject_email', where: 'subject_email IS NOT NULL', group: 'requests.subject' },
  { table: 'requests', column: 'status', where: "status <> 'withdrawn'", to: 'withdrawn', group: 'requests.status' },
  { table: 'requests', column: 'legal_due', where: 'legal_due IS NOT NULL', to: '2030-01-01', group: 'requests.deadlines' },
  { table: 'requests', column: 'description', group: 'requests.facts' },
  { table: 'requests', column: 'received_date', to: '2020-01-01', group: 'requests.facts' },
  { table: 'requests', column: 'identity_method', to: 'in-person', group: 'requests.identity' },
  { table: 'request_types', column: 'type', where: "type = 'access'", to: 'erasure', group: 'request_types.types' },
  { table: 'request_clock_stops', column: 'to_date', to: '2030-01-01', group: 'request_clock_stops.clock-stops' },
  { table: 'request_history', column: 'reason', where: 'reason IS NOT NULL', group: 'request_history.history' },
  { table: 'request_changes', column: 'new_value', group: 'request_changes.corrections' },
  { table: 'request_notes', column: 'text', group: 'request_notes.notes' },
  { table: 'request_notes', column: 'corrects_note_id', where: 'corrects_note_id IS NOT NULL', group: 'request_notes.notes' },
  { table: 'attachments', column: 'file_name', group: 'attachments.attachments' },
  { table: 'breaches', column: 'title', group: 'breaches.facts' },
  { table: 'breaches', column: 'records_count', where: 'records_count IS NOT NULL', group: 'breaches.facts' },
  { table: 'breaches', column: 'severity_level', where: "severity_level IS NOT NULL AND severity_level <> 'low'", to: 'low', group: 'breaches.assessment' },
  { table: 'breaches', column: 'dpo_decision_rationale', where: 'dpo_decision_rationale IS NOT NULL', group: 'breaches.decision' },
  { table: 'breaches', column: 'authority_deadline', to: '2030-01-01T00:00:00Z', group: 'breaches.deadlines' },
  { table: 'breaches', column: 'status', where: "status <> 'closed'", to: 'closed', group: 'breaches.status' },
  { table: 'breach_actions', column: 'text', group: 'breach_actions.actions' },
  { table: 'breach_notifications', column: 'sent_at', to: '2030-01-01T00:00:00Z', group: 'breach_notifications.notifications' },
  { table: 'breach_history', column: 'reason', where: 'reason IS NOT NULL', group: 'breach_history.history' },
  { table: 'documents', column: 'body_json', group: 'documents.letters' },
  { table: 'documents', column: 'letter_date', to: '2030-01-01', group: 'documents.letters' },
  { table: 'document_dispatches', column: 'recipient', group: 'document_dispatches.dispatches' },
  { table: 'letter_drafts', column: 'inputs_json', group: 'letter_drafts.drafts' },
  { table: 'letter_drafts', column: 'version', to: 7, group: 'letter_drafts.drafts' },
  { table: 'settings', column: 'value', where: "key = 'organisation.name'", to: '"Someone Else Srl"', group: 'settings.value' },
  { table: 'retention_rules', column: 'legal_basis', group: 'retention_rules.rule' },
  { table: 'register_activities', column: 'purposes', group: 'register_activities.activity' },
  { table: 'register_processors', column: 'country', group: 'register_processors.processor' },
  { table: 'register_transfers', column: 'ground_detail', group: 'register_transfers.transfer' },
  { table: 'register_measures', column: 'description', group: 'register_measures.measure' },
  { table: 'register_links', column: 'kind', group: 'register_links.links' },
  { table: 'case_register_links', column: 'target_id', to: 'someone-else', group: 'case_register_links.register-links' },
  { table: 'notifications', column: 'fired_at', to: '2030-01-01T00:00:00Z', group: 'notifications.notification' },
  { table: 'reminders_fired', column: 'fired_at', to: '2030-01-01T00:00:00Z', group: 'reminders_fired.fired' },
  { table: 'clients', column: 'privacy_contact', group: 'clients.client' },
  { table: 'request_clients', column: 'forward_by', where: 'forward_by IS NOT NULL', to: '2030-01-01', group: 'request_clients.processor' },
  { table: 'breach_clients', column: 'notified_at', where: 'notified_at IS NOT NULL', to: '2030-01-01T00:00:00Z', group: 'breach_clients.clients' },
  { table: 'breach_roles', column: 'nis2_significant', where: 'nis2_significant = 1', to: 0, group: 'breach_roles.roles' },
];

describe('tamper-evident case data', () => {
  const tmp = tempDir();
  const app = appOver(tmp.dir, () => NOW);
  let raw: SqliteDatabase;
  const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as Output<C>;
  };

  /** The primary-key columns of a table, or its rowid. */
  const keyOf = (table: string): string[] => {
    const pk = (raw.prepare('SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').all(table) as { name: string }[]).map((c) => c.name);
    return pk.length > 0 ? pk : ['rowid'];
  };
  const verify = async () => app.session.verify();
  /** Runs a raw edit as an attacker would: the table's guard triggers dropped for it and put back after. */
  const behindTheBack = <T>(table: string, edit: () => T): T => {
    const guards = raw.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%RAISE%'`).all(table) as { name: string; sql: string }[];
    for (const guard of guards) raw.exec(`DROP TRIGGER "${guard.name}"`);
    try {
      return edit();
    } finally {
      for (const guard of guards) raw.exec(guard.sql);
    }
  };
  const broken = (breaks: DataBreak[]) => breaks.map((b) => `${b.kind} ${b.caseType}:${b.caseId} ${b.group}`);

  beforeAll(async () => {
    await createDemoVault(join(tmp.dir, 'vault'), PASSPHRASE, { requests: 8, now: NOW });
    await app.session.unlock('passphrase', PASSPHRASE);
    const request = await call('requests.create', {
      request: { regime: 'uk-gdpr', types: ['access'], receivedAt: '2026-11-10T10:00:00+01:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it', description: 'A copy of my data' },
    });
    await call('requests.addNote', { id: request.id, text: 'Called Giulia back' });
    const corrected = await call('requests.create', {
      request: { regime: 'gdpr', types: ['erasure'], receivedAt: '2026-11-11T10:00:00+01:00', channel: 'email', subjectName: 'Marco Rossi', subjectEmail: 'marco@example.it' },
    });
    const noted = await call('requests.addNote', { id: corrected.id, text: 'Marco called on 11 November' });
    await call('requests.addNote', { id: corrected.id, text: 'Marco called on 12 November', correctsNoteId: noted.notes[0]?.id });
    await call('requests.addAttachment', { id: request.id, fileName: 'id.txt', base64: Buffer.from('passport of Giulia Bianchi').toString('base64') });
    await call('requests.clockStop', { id: request.id, step: { reason: 'clarification', action: 'start', at: '2026-11-12T09:00:00+01:00' } });
    await call('requests.clockStop', { id: request.id, step: { reason: 'clarification', action: 'end', at: '2026-11-14T09:00:00+01:00' } });
    await call('requests.correct', { id: request.id, correction: { reason: 'Typo in the address', changes: { subjectEmail: 'giulia.bianchi@example.it' } } });
    const letter = await call('documents.finalise', { caseType: 'request', caseId: request.reference, kind: 'acknowledgement', language: 'en', date: '2026-11-20' });
    await call('documents.sent', { documentId: letter.id, sentOn: '2026-11-20', channel: 'email', recipient: 'Giulia Bianchi' });
    await call('documents.draftSave', { caseType: 'request', caseId: request.reference, kind: 'acknowledgement', language: 'it', date: '2026-11-20', inputs: {} });
    const breaches = await call('breaches.list', { limit: 1 });
    await call('breaches.addAction', { id: breaches.rows[0]?.id ?? '', action: { kind: 'containment', at: '2026-11-19T10:30:00+01:00', who: 'Security team', text: 'Forced a password reset' } });
    await call('retention.saveRule', { rule: { category: 'Customer accounts', periodCount: 3, periodUnit: 'years', trigger: 'account-closure', legalBasis: 'Art. 2946 c.c.', firstReview: '2027-04-20' } });
    await call('reminders.run', { alreadyShown: [] });
    const header = readVaultHeader(app.session.files.header);
    const key = await unwrapDataKey(header, 'passphrase', PASSPHRASE);
    raw = openEncryptedDatabase(app.session.files.database, key, { create: false });
    key.fill(0);
  }, 300_000);

  afterAll(async () => {
    raw.close();
    await app.dispose();
    tmp.cleanup();
  });

  it('verifies a vault written only through the app, with every table that holds case data filled', async () => {
    const result = await verify();
    expect(broken(result.dataBreaks)).toEqual([]);
    expect(result).toMatchObject({ ok: true, firstBreak: null, filesChecked: 2 });
    for (const table of new Set(TAMPERS.map((t) => t.table))) {
      expect((raw.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n, table).toBeGreaterThan(0);
    }
  });

  it('edits every table that holds case data or settings', () => {
    const covered = Object.entries(stateCoverage).filter(([, entry]) => !('exempt' in entry)).map(([table]) => table);
    expect(covered.filter((table) => !TAMPERS.some((t) => t.table === table))).toEqual([]);
  });

  it(`catches each of ${TAMPERS.length} fields edited behind the app's back, naming the case and the field group`, async () => {
    const caught: string[] = [];
    for (const tamper of TAMPERS) {
      const key = keyOf(tamper.table);
      const row = raw.prepare(`SELECT ${key.join(', ')}, "${tamper.column}" AS value FROM "${tamper.table}" WHERE ${tamper.where ?? '1'} LIMIT 1`).get() as Record<string, string | number>;
      expect(row, `${tamper.table} has a row to edit`).toBeDefined();
      const old = row.value as string | number;
      const to = tamper.to ?? (typeof old === 'number' ? old + 1 : `${old} (edited)`);
      const setRow = (value: string | number, keyValues: (string | number)[]) =>
        behindTheBack(tamper.table, () => raw.prepare(`UPDATE "${tamper.table}" SET "${tamper.column}" = ? WHERE ${key.map((k) => `${k} = ?`).join(' AND ')}`).run(value, ...keyValues));
      const keyValues = key.map((k) => row[k] as string | number);
      expect(setRow(to, keyValues).changes).toBe(1);
      const result = await verify();
      const editedKey = key.map((k) => (k === tamper.column ? to : (row[k] as string | number)));
      setRow(old, editedKey);
      expect(result.ok, `${tamper.table}.${tamper.column}`).toBe(false);
      expect(result.dataBreaks, `${tamper.table}.${tamper.column}`).toEqual([
        expect.objectContaining({ kind: 'case-state', group: tamper.group, reason: expect.stringContaining('changed outside DPO Desk') }),
      ]);
      caught.push(`${tamper.table}.${tamper.column}`);
      expect((await verify()).ok, `clean again after undoing ${tamper.table}.${tamper.column}`).toBe(true);
    }
    expect(caught).toHaveLength(TAMPERS.length);
    process.stdout.write(`tamper evidence: ${caught.length} fields edited in ${new Set(TAMPERS.map((t) => t.table)).size} tables, ${caught.length} caught with their case and field group\n`);
  }, 300_000);

  it('names the request by its reference', async () => {
    const row = raw.prepare(`SELECT id, reference FROM requests LIMIT 1`).get() as { id: string; reference: string };
    raw.prepare(`UPDATE requests SET subject_phone = '+39 333 000 0000' WHERE id = ?`).run(row.id);
    const result = await verify();
    raw.prepare(`UPDATE requests SET subject_phone = NULL WHERE id = ?`).run(row.id);
    expect(result.dataBreaks).toEqual([{ kind: 'case-state', caseType: 'request', caseId: row.id, reference: row.reference, group: 'requests.subject', reason: expect.stringContaining('after event'), detail: { key: 'msg.audit.data.changedAfter', params: { seq: expect.any(Number) } } }]);
  });

  it('says it on the command line: exit 1, the case reference and the field group', async () => {
    const row = raw.prepare(`SELECT id, reference, subject_name FROM requests LIMIT 1`).get() as { id: string; reference: string; subject_name: string };
    raw.prepare(`UPDATE requests SET subject_name = 'Someone Else' WHERE id = ?`).run(row.id);
    const run = await cli(['audit', 'verify', '--lang', 'en'], { env: { DPO_DESK_VAULT: app.session.files.dir } });
    raw.prepare(`UPDATE requests SET subject_name = ? WHERE id = ?`).run(row.subject_name, row.id);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Data CHANGED outside DPO Desk (1):');
    expect(run.stdout).toMatch(new RegExp(`request ${row.reference}, requests\\.subject: was changed outside DPO Desk after event \\d+`));
  });

  it('catches a row added or deleted behind the app’s back', async () => {
    const note = raw.prepare(`SELECT * FROM request_notes WHERE id NOT IN (SELECT corrects_note_id FROM request_notes WHERE corrects_note_id IS NOT NULL) LIMIT 1`).get() as { id: number; request_id: string; at: string; author: string; text: string; corrects_note_id: number | null };
    raw.prepare('DELETE FROM request_notes WHERE id = ?').run(note.id);
    const deleted = await verify();
    raw.prepare('INSERT INTO request_notes (id, request_id, at, author, text, corrects_note_id) VALUES (?, ?, ?, ?, ?, ?)').run(note.id, note.request_id, note.at, note.author, note.text, note.corrects_note_id);
    expect(deleted.dataBreaks).toEqual([expect.objectContaining({ caseId: note.request_id, group: 'request_notes.notes', reason: expect.stringContaining('deleted outside DPO Desk') })]);

    const other = raw.prepare(`SELECT id FROM requests WHERE id NOT IN (SELECT request_id FROM request_notes) LIMIT 1`).get() as { id: string };
    const added = raw.prepare('INSERT INTO request_notes (request_id, at, author, text) VALUES (?, ?, ?, ?)').run(other.id, NOW.toISOString(), 'test', 'Forged note');
    const result = await verify();
    raw.prepare('DELETE FROM request_notes WHERE id = ?').run(added.lastInsertRowid);
    expect(result.dataBreaks).toEqual([expect.objectContaining({ caseId: other.id, group: 'request_notes.notes', reason: expect.stringContaining('no audit event accounts for') })]);
    expect((await verify()).ok).toBe(true);
  });

  it('catches a stored file swapped for other bytes, attachment or letter', async () => {
    for (const table of ['attachments', 'documents']) {
      const row = raw.prepare(`SELECT id, content FROM ${table} LIMIT 1`).get() as { id: string; content: Buffer };
      const forged = Buffer.from(row.content);
      forged[forged.length - 1] = (forged.at(-1) ?? 0) ^ 1;
      behindTheBack(table, () => raw.prepare(`UPDATE ${table} SET content = ? WHERE id = ?`).run(forged, row.id));
      const result = await verify();
      behindTheBack(table, () => raw.prepare(`UPDATE ${table} SET content = ? WHERE id = ?`).run(row.content, row.id));
      expect(result.dataBreaks, table).toEqual([expect.objectContaining({ kind: 'content-hash', group: `${table}.content`, reason: expect.stringContaining(row.id) })]);
    }
    expect((await verify()).ok).toBe(true);
  });

  it('catches an edit hidden under a later audited change of the same case', async () => {
    const request = (await call('requests.list', { limit: 50 })).rows.find((r) => r.subjectName === 'Giulia Bianchi');
    const id = request?.id ?? '';
    raw.prepare(`UPDATE requests SET subject_name = 'Giulia Bianchi-Rossi' WHERE id = ?`).run(id);
    const detail = await call('requests.correct', { id, correction: { reason: 'New e-mail address', changes: { subjectEmail: 'g.bianchi@example.it' } } });
    expect(detail.subjectName).toBe('Giulia Bianchi-Rossi');
    const result = await verify();
    expect(result.dataBreaks).toEqual([expect.objectContaining({ caseId: id, group: 'requests.subject', reason: expect.stringMatching(/changed outside DPO Desk between event \d+ and event \d+/) })]);
  });

  it('catches a dropped append-only trigger and a dropped status check', async () => {
    for (const trigger of ['audit_events_no_update', 'requests_status_check_update']) {
      const sql = (raw.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).get(trigger) as { sql: string }).sql;
      raw.exec(`DROP TRIGGER ${trigger}`);
      const result = await verify();
      raw.exec(sql);
      expect(result.dataBreaks.filter((b) => b.kind === 'schema')).toEqual([expect.objectContaining({ group: trigger, reason: `the trigger ${trigger} was dropped outside DPO Desk` })]);
    }
  });
});
