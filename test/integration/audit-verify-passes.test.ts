import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEncryptedDatabase, type SqliteDatabase } from '../../db/connection';
import { createDemoVault } from '../../electron/core/demo/create-demo-vault';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';
import type { Output } from '../../electron/shared/contract';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * `audit verify` reads the chain in one raw pass (each event as the one string its hash
 * covers, the case-state commitments replayed on the way) and has SQLite write each case row
 * in canonical form, JavaScript taking over only for reals and very large integers. These
 * attacks go at exactly those shortcuts, through the session as the app and the CLI run it:
 * an old event edited, its commitment rewritten, an event deleted from the middle, case rows
 * whose values only the slow canonical form writes right, a row deleted, the checkpoint
 * altered. Each is caught, each is undone, and the vault verifies clean again.
 */
const NOW = new Date('2026-11-20T10:00:00Z');
const TRICKY_NOTE = 'Niccolò said "no" \\ 😀 \u2028 tab\tend';

describe('audit verify’s one-pass reading', () => {
  const tmp = tempDir();
  const app = appOver(tmp.dir, () => NOW);
  let raw: SqliteDatabase;

  /** Runs an edit as an attacker would: the table's guard triggers dropped for it and put back after. */
  const behindTheBack = <T>(table: string, edit: () => T): T => {
    const guards = raw.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%RAISE%'`).all(table) as { name: string; sql: string }[];
    for (const guard of guards) raw.exec(`DROP TRIGGER "${guard.name}"`);
    try {
      return edit();
    } finally {
      for (const guard of guards) raw.exec(guard.sql);
    }
  };

  beforeAll(async () => {
    await createDemoVault(join(tmp.dir, 'vault'), PASSPHRASE, { requests: 6, now: NOW });
    await app.session.unlock('passphrase', PASSPHRASE);
    const list = await app.dispatch('requests.list', { limit: 1 });
    if (!list.ok) throw new Error(list.error.message);
    const id = (list.value as Output<'requests.list'>).rows[0]?.id ?? '';
    const note = await app.dispatch('requests.addNote', { id, text: TRICKY_NOTE });
    if (!note.ok) throw new Error(note.error.message);
    const key = await unwrapDataKey(readVaultHeader(app.session.files.header), 'passphrase', PASSPHRASE);
    raw = openEncryptedDatabase(app.session.files.database, key, { create: false });
    key.fill(0);
  }, 300_000);

  afterAll(async () => {
    raw.close();
    await app.dispose();
    tmp.cleanup();
  });

  it('verifies a vault whose rows hold reals, escapes and characters beyond the BMP, written through the app', async () => {
    expect(raw.prepare('SELECT count(*) FROM breaches WHERE severity_score IS NOT NULL').pluck().get()).toBeGreaterThan(0);
    expect(raw.prepare('SELECT count(*) FROM request_notes WHERE text = ?').pluck().get(TRICKY_NOTE)).toBe(1);
    const result = await app.session.verify();
    expect(result).toMatchObject({ ok: true, firstBreak: null, dataBreaks: [] });
    expect(result.caseGroupsChecked).toBeGreaterThan(20);
  });

  it('catches an old event edited, its commitment rewritten, and an event deleted from the middle', async () => {
    const seq = raw.prepare('SELECT min(seq) FROM audit_events WHERE states IS NOT NULL AND seq > 3').pluck().get() as number;
    const event = raw.prepare('SELECT data, states FROM audit_events WHERE seq = ?').get(seq) as { data: string; states: string };
    const edits: { sql: string; restore: string; value: string; reason: string; at: number }[] = [
      { sql: `UPDATE audit_events SET data = json_set(data, '$.forged', 1) WHERE seq = ?`, restore: 'UPDATE audit_events SET data = ? WHERE seq = ?', value: event.data, reason: `event ${seq} was changed after it was written`, at: seq },
      {
        sql: `UPDATE audit_events SET states = replace(states, substr(states, instr(states, '","') + 3, 8), 'deadbeef') WHERE seq = ?`,
        restore: 'UPDATE audit_events SET states = ? WHERE seq = ?',
        value: event.states,
        reason: `event ${seq} was changed after it was written`,
        at: seq,
      },
    ];
    for (const edit of edits) {
      behindTheBack('audit_events', () => raw.prepare(edit.sql).run(seq));
      expect(raw.prepare('SELECT states = ? AND data = ? FROM audit_events WHERE seq = ?').pluck().get(event.states, event.data, seq), edit.sql).toBe(0);
      const result = await app.session.verify();
      behindTheBack('audit_events', () => raw.prepare(edit.restore).run(edit.value, seq));
      expect(result.firstBreak, edit.sql).toMatchObject({ seq: edit.at, reason: expect.stringContaining(edit.reason) });
      expect(result).toMatchObject({ ok: false, eventCount: seq - 1 });
    }
    const whole = raw.prepare('SELECT * FROM audit_events WHERE seq = ?').get(seq) as Record<string, unknown>;
    behindTheBack('audit_events', () => raw.prepare('DELETE FROM audit_events WHERE seq = ?').run(seq));
    const deleted = await app.session.verify();
    behindTheBack('audit_events', () => raw.prepare(`INSERT INTO audit_events (${Object.keys(whole).join(', ')}) VALUES (${Object.keys(whole).map(() => '?').join(', ')})`).run(...Object.values(whole)));
    expect(deleted.firstBreak).toMatchObject({ seq: seq + 1, reason: `event ${seq} is missing (the next event is ${seq + 1})` });
    expect((await app.session.verify()).ok).toBe(true);
  });

  it('catches case rows edited where only the slow canonical form writes the value right, and a row deleted', async () => {
    const breach = raw.prepare('SELECT id, severity_score FROM breaches WHERE severity_score IS NOT NULL LIMIT 1').get() as { id: string; severity_score: number };
    const note = raw.prepare('SELECT * FROM request_notes WHERE text = ?').get(TRICKY_NOTE) as { id: number; request_id: string; at: string; author: string; text: string };
    const edits = [
      { set: () => raw.prepare('UPDATE breaches SET severity_score = ? WHERE id = ?').run(breach.severity_score + 1e-9, breach.id), undo: () => raw.prepare('UPDATE breaches SET severity_score = ? WHERE id = ?').run(breach.severity_score, breach.id), caseId: breach.id, group: 'breaches.assessment' },
      { set: () => raw.prepare('UPDATE request_notes SET text = ? WHERE id = ?').run(TRICKY_NOTE.replace('😀', '😁'), note.id), undo: () => raw.prepare('UPDATE request_notes SET text = ? WHERE id = ?').run(note.text, note.id), caseId: note.request_id, group: 'request_notes.notes' },
      { set: () => raw.prepare('UPDATE request_notes SET id = 9007199254740993 WHERE id = ?').run(note.id), undo: () => raw.prepare('UPDATE request_notes SET id = ? WHERE id = 9007199254740993').run(note.id), caseId: note.request_id, group: 'request_notes.notes' },
      { set: () => raw.prepare('DELETE FROM request_notes WHERE id = ?').run(note.id), undo: () => raw.prepare('INSERT INTO request_notes (id, request_id, at, author, text) VALUES (?, ?, ?, ?, ?)').run(note.id, note.request_id, note.at, note.author, note.text), caseId: note.request_id, group: 'request_notes.notes' },
    ];
    for (const edit of edits) {
      edit.set();
      const result = await app.session.verify();
      edit.undo();
      expect(result.firstBreak).toBeNull();
      expect(result.dataBreaks).toEqual([expect.objectContaining({ kind: 'case-state', caseId: edit.caseId, group: edit.group, reason: expect.stringMatching(/(changed|deleted) outside DPO Desk after event \d+/) })]);
    }
    expect((await app.session.verify()).ok).toBe(true);
  });

  it('catches a checkpoint altered in the header', async () => {
    const header = app.session.files.header;
    const original = readFileSync(header, 'utf8');
    const length = readVaultHeader(header).chain?.length ?? 0;
    expect(length).toBeGreaterThan(2);
    writeFileSync(header, original.replace(new RegExp(`"length": ${length}`), `"length": ${length - 1}`));
    const result = await app.session.verify();
    writeFileSync(header, original);
    expect(result).toMatchObject({ ok: false, firstBreak: { seq: length - 1, reason: expect.stringContaining('checkpoint in the vault header was altered') } });
    expect((await app.session.verify()).ok).toBe(true);
  });
});
