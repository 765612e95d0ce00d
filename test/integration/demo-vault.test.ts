import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { createDemoVault } from '../../electron/core/demo/create-demo-vault';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { PASSPHRASE, tempDir } from './temp-vault';

describe('the demo vault', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('holds a living year of cases, made through the real API, with an intact audit trail', async () => {
    const dir = join(tmp.dir, 'demo');
    const progress: number[] = [];
    const result = await createDemoVault(dir, PASSPHRASE, { now: new Date('2026-11-25T08:00:00Z'), requests: 80, onProgress: (done) => progress.push(done) });
    expect(result).toMatchObject({ requests: 80, breaches: 5 });
    expect(progress.length).toBeGreaterThan(2);

    const session = new VaultSession({ dir, actor: 'test' });
    await session.unlock('passphrase', PASSPHRASE);
    const db = session.db();
    const statuses = await db.selectFrom('requests').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
    const byStatus = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
    expect(Object.keys(byStatus)).toEqual(expect.arrayContaining(['received', 'in-progress', 'responded', 'withdrawn']));
    expect(byStatus.responded).toBeGreaterThan(40);
    const overdue = await db.selectFrom('requests').select('id').where('is_open', '=', 1).where('legal_binding_due', '<', '2026-11-25').execute();
    expect(overdue.length).toBeGreaterThan(0);
    const regimes = await db.selectFrom('requests').select('regime').distinct().execute();
    expect(regimes.length).toBeGreaterThan(2);
    const breaches = await db.selectFrom('breaches').select(['status', 'severity_level']).execute();
    expect(new Set(breaches.map((b) => b.status))).toEqual(new Set(['open', 'notified', 'closed']));
    expect((await verifyAuditChain(db)).ok).toBe(true);
    await session.lock();
  });
});
