import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../electron/core/demo/seeded-random';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * Crash trials: a child process writes requests, notes, attachments, letters and breaches through the real API
 * and is killed with SIGKILL at a random moment (after a seeded number of commits, while
 * its next write runs). After each kill the vault unlocks, SQLite's integrity check is ok,
 * `audit verify` passes (chain and case states) and every write the child reported as
 * committed is there. `CRASH_TRIALS` sets the count (small by default, for CI).
 */
const TRIALS = Number(process.env.CRASH_TRIALS ?? 3);

function killAfter(dir: string, commits: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/crash-writer.ts', dir, PASSPHRASE], { stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('committed ')) committed.push(line.slice('committed '.length));
      if (committed.length >= commits && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(committed) : reject(new Error(`the writer stopped by itself: ${stderr.slice(0, 500)}`))));
  });
}

describe(`crash trials (${TRIALS} kills during writes)`, () => {
  const tmp = tempDir();
  const app = appOver(tmp.dir);
  afterAll(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  it('loses no committed write and leaves a vault that opens, checks and verifies', async () => {
    await app.session.create(PASSPHRASE);
    const organisation = {
      'organisation.country': 'IT',
      'organisation.timeZone': 'Europe/Rome',
      'organisation.name': 'Noventia Srl',
      'organisation.address': 'Via Roma 1, 20121 Milano',
      'organisation.dpoName': 'Dora Esposito',
      'organisation.dpoEmail': 'dpo@noventia.example',
    };
    const configured = await app.dispatch('settings.update', { changes: organisation });
    if (!configured.ok) throw new Error(configured.error.message);
    await app.session.lock();
    const random = seededRandom(13);
    const all: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      all.push(...(await killAfter(app.session.files.dir, random.int(1, 10))));
      await app.session.unlock('passphrase', PASSPHRASE);
      const db = app.session.db();
      expect((await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db)).rows).toEqual([{ integrity_check: 'ok' }]);
      const verification = await app.session.verify();
      expect(verification.dataBreaks, `trial ${trial}`).toEqual([]);
      expect(verification.ok, `trial ${trial}: ${verification.firstBreak?.reason ?? ''}`).toBe(true);
      const requests = new Set((await db.selectFrom('requests').select('reference').execute()).map((r) => r.reference));
      const breaches = new Set((await db.selectFrom('breaches').select('reference').execute()).map((r) => r.reference));
      const noted = new Set((await db.selectFrom('request_notes').innerJoin('requests', 'requests.id', 'request_notes.request_id').select('requests.reference').execute()).map((r) => r.reference));
      const attached = new Set((await db.selectFrom('attachments').innerJoin('requests', 'requests.id', 'attachments.request_id').select('requests.reference').execute()).map((r) => r.reference));
      const lettered = new Set(
        (await db.selectFrom('documents').innerJoin('requests', 'requests.id', 'documents.case_id').where('documents.case_type', '=', 'request').select('requests.reference').execute()).map((r) => r.reference),
      );
      const holders: Record<string, Set<string>> = { request: requests, breach: breaches, note: noted, attachment: attached, letter: lettered };
      const lost = all.filter((entry) => {
        const [kind = '', reference = ''] = entry.split(' ');
        const holder = holders[kind];
        if (!holder) throw new Error(`trial ${trial}: unknown write ${entry}`);
        return !holder.has(reference);
      });
      expect(lost, `trial ${trial}`).toEqual([]);
      await app.session.lock();
    }
    expect(all.length).toBeGreaterThanOrEqual(TRIALS);
    const counts = new Map<string, number>();
    for (const entry of all) counts.set(entry.split(' ')[0] ?? '', (counts.get(entry.split(' ')[0] ?? '') ?? 0) + 1);
    const kinds = [...counts].map(([kind, count]) => `${count} ${kind}`);
    process.stdout.write(`crash trials, writes: ${TRIALS} kills, 0 unopenable, 0 failing integrity or audit verify; ${all.length} committed writes (${kinds.join(', ')}), 0 lost\n`);
  }, 600_000);
});
