import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { getBreachDetail } from '../../electron/core/breaches/register';
import { listClients } from '../../electron/core/clients/clients';
import { createDemoVault } from '../../electron/core/demo/create-demo-vault';
import { listRequests } from '../../electron/core/requests/list-requests';
import { readSettings } from '../../electron/core/settings/settings-service';
import { requestQuerySchema } from '../../electron/shared/requests';
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
    // 80 generated requests plus the two received for clients; five breaches plus the mixed one.
    expect(result).toMatchObject({ requests: 82, breaches: 6 });
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

  it('gives the demo company clients with differing terms, processor-side requests and a breach that runs every kind of clock', async () => {
    const dir = join(tmp.dir, 'demo');
    const now = new Date('2026-11-25T08:00:00Z');
    await createDemoVault(dir, PASSPHRASE, { now, requests: 10 });
    const session = new VaultSession({ dir, actor: 'test', now: () => now });
    await session.unlock('passphrase', PASSPHRASE);
    const db = session.db();
    const clients = await listClients(db);
    expect(clients.map((c) => [c.name, c.breachNoticeHours, c.requestDays, c.requestDaysBasis])).toEqual([
      ['Blu Mobility SpA', 48, 10, 'calendar'],
      ['Rossi Arredamenti Srl', 24, 5, 'working'],
      ['Studio Legale Verdi', null, null, 'calendar'],
    ]);
    expect(clients.every((c) => c.breaches === 1)).toBe(true);
    const processorSide = await listRequests(db, requestQuerySchema.parse({ capacity: 'processor' }), now);
    expect(processorSide.rows.map((r) => r.processorFor?.clientName).sort()).toEqual(['Blu Mobility SpA', 'Rossi Arredamenti Srl']);
    const mixed = await db.selectFrom('breaches').select('id').where('title', '=', 'Object-storage bucket with exports left public').executeTakeFirstOrThrow();
    const detail = await getBreachDetail(db, mixed.id, now);
    expect(detail.clocks.map((c) => [c.kind, c.party, c.status])).toEqual([
      ['gdpr-authority', 'authority', 'running'],
      ['gdpr-client', 'Blu Mobility SpA', 'done'],
      ['gdpr-client', 'Rossi Arredamenti Srl', 'overdue'],
      ['gdpr-client', 'Studio Legale Verdi', 'undue-delay'],
      ['nis2-early-warning', 'csirt', 'done'],
      ['nis2-notification', 'csirt', 'running'],
      ['nis2-final', 'csirt', 'waiting'],
    ]);
    // "Access closed on discovery" is on the register as a containment step, so the notices derive "not ongoing" from it (review 4, D9, D34).
    expect(detail.actions.map((a) => a.kind)).toEqual(['containment']);
    // The notification to the Garante requires the controller's identifiers (review 4, D25): the demo organisation holds them.
    const settings = await readSettings(db);
    for (const key of ['organisation.vatNumber', 'organisation.pec', 'organisation.email', 'organisation.phone'] as const) expect(settings[key], key).not.toBeNull();
    await session.lock();
  });
});
