import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEncryptedDatabase, type SqliteDatabase } from '../../db/connection';
import { CaseStateThread } from '../../electron/core/audit/case-state-thread';
import { unpackStates, StateBatch } from '../../electron/core/audit/state-batch';
import { verifyStoredChain } from '../../electron/core/audit/verify-audit-chain';
import { CommitmentReplay, StateComparison, verifyCaseStates, type CaseStateCheck } from '../../electron/core/audit/verify-case-states';
import { createDemoVault } from '../../electron/core/demo/create-demo-vault';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * `audit verify` reads and hashes the case states on a worker thread (its own read-only
 * connection, opened with the key) while the main thread walks the chain. The worker must
 * really run here (so every verify of the other tests goes through it), and its answer must be
 * the one the same check gives on one thread: every group counted, every break the same.
 */
const NOW = new Date('2026-11-20T10:00:00Z');

describe('audit verify’s case-state worker', () => {
  const tmp = tempDir();
  const app = appOver(tmp.dir, () => NOW);
  let raw: SqliteDatabase;
  let key: Buffer;

  beforeAll(async () => {
    await createDemoVault(join(tmp.dir, 'vault'), PASSPHRASE, { requests: 5, now: NOW });
    await app.session.unlock('passphrase', PASSPHRASE);
    key = await unwrapDataKey(readVaultHeader(app.session.files.header), 'passphrase', PASSPHRASE);
    raw = openEncryptedDatabase(app.session.files.database, key, { create: false });
  }, 300_000);

  afterAll(async () => {
    key.fill(0);
    raw.close();
    await app.dispose();
    tmp.cleanup();
  });

  /** The case-state check of the vault as it is now: on the worker, and on this thread. */
  async function bothWays(): Promise<{ worker: CaseStateCheck; here: CaseStateCheck }> {
    const thread = CaseStateThread.start(raw, key);
    expect(thread, 'the worker starts and takes its snapshot').not.toBeNull();
    const replay = new CommitmentReplay();
    expect(verifyStoredChain(raw, (seq, tracking, states) => replay.event(seq, tracking, states)).ok).toBe(true);
    const worker = await (thread as CaseStateThread).finish(raw, new StateComparison(replay));
    const again = new CommitmentReplay();
    verifyStoredChain(raw, (seq, tracking, states) => again.event(seq, tracking, states));
    return { worker, here: verifyCaseStates(raw, again) };
  }

  it('checks every case group the one-thread check does, and finds the vault intact', async () => {
    const { worker, here } = await bothWays();
    expect(worker.checked).toBeGreaterThan(20);
    expect(worker).toEqual(here);
    expect(worker.breaks).toEqual([]);
  });

  it('reports a case row edited behind the app’s back exactly as the one-thread check does, and through the session', async () => {
    const request = raw.prepare('SELECT id, subject_name FROM requests LIMIT 1').get() as { id: string; subject_name: string };
    raw.prepare('UPDATE requests SET subject_name = ? WHERE id = ?').run(`${request.subject_name} (forged)`, request.id);
    try {
      const { worker, here } = await bothWays();
      expect(worker.breaks).toEqual([expect.objectContaining({ kind: 'case-state', caseId: request.id, reason: expect.stringContaining('changed outside DPO Desk after event') })]);
      expect(worker).toEqual(here);
      const session = await app.session.verify();
      expect(session).toMatchObject({ ok: false, firstBreak: null, dataBreaks: worker.breaks });
    } finally {
      raw.prepare('UPDATE requests SET subject_name = ? WHERE id = ?').run(request.subject_name, request.id);
    }
    expect((await app.session.verify()).ok).toBe(true);
  });

  it('catches a prev_hash that only begins with the previous event’s hash (the walk reads it from the hashed text)', async () => {
    const seq = 3;
    const prev = raw.prepare('SELECT prev_hash FROM audit_events WHERE seq = ?').pluck().get(seq) as string;
    const guard = raw.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events' AND sql LIKE '%UPDATE%'`).all() as { name: string; sql: string }[];
    for (const trigger of guard) raw.exec(`DROP TRIGGER "${trigger.name}"`);
    try {
      raw.prepare('UPDATE audit_events SET prev_hash = ? WHERE seq = ?').run(`${prev}0`, seq);
      const result = await app.session.verify();
      expect(result).toMatchObject({ ok: false, eventCount: seq - 1, firstBreak: { seq, reason: expect.stringContaining('does not point at the hash') } });
    } finally {
      raw.prepare('UPDATE audit_events SET prev_hash = ? WHERE seq = ?').run(prev, seq);
      for (const trigger of guard) raw.exec(trigger.sql);
    }
    expect((await app.session.verify()).ok).toBe(true);
  });

  it('starts no worker when the worker cannot open the vault (the check then runs on this thread), and its failure goes unthrown', async () => {
    expect(CaseStateThread.start(raw, Buffer.alloc(32, 7))).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 500));
  });

  it('packs states for the main thread and unpacks every one as it was, whatever the case key holds', () => {
    const states: [string, string, string][] = [
      ['request:a\nb', 'requests.subject', 'a'.repeat(64)],
      ['breach:😀é', 'breaches.assessment', 'b'.repeat(64)],
      ['request:', 'requests.subject', 'c'.repeat(64)],
      // A case's groups one after the other (its key sent once), then a case seen before.
      ['request:r1', 'requests.subject', 'd'.repeat(64)],
      ['request:r1', 'requests.status', 'e'.repeat(64)],
      ['request:r1', 'requests.facts', 'f'.repeat(64)],
      ['request:', 'requests.status', '0'.repeat(64)],
    ];
    const batch = new StateBatch();
    for (const [key, group, hash] of states) batch.add(key, group, hash);
    const packed = batch.take();
    expect(batch.size).toBe(0);
    expect(packed.keys).toBe('request:a\nbbreach:😀érequest:request:r1request:');
    const out: [string, string, string][] = [];
    unpackStates(structuredClone(packed), (key, group, hash) => out.push([key, group, hash]));
    expect(out).toEqual(states);
  });
});
