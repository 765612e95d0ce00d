import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/** UK GDPR Art. 12A clock stops recorded as request steps, over a real vault. */
describe('UK GDPR clarification and fee stops', () => {
  let tmp: ReturnType<typeof tempDir>;
  let app: ReturnType<typeof appOver>;

  beforeEach(async () => {
    tmp = tempDir();
    app = appOver(tmp.dir, () => new Date('2026-09-20T08:00:00Z'));
    await app.session.create(PASSPHRASE);
    await app.handlers['settings.update']({ changes: { 'organisation.country': 'GB', 'organisation.timeZone': 'Europe/London' } });
  });
  afterEach(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  async function create(types: ('access' | 'erasure')[]) {
    const result = await app.dispatch('requests.create', {
      request: { regime: 'uk-gdpr', types, receivedAt: '2026-09-03T10:00:00+01:00', channel: 'email', subjectName: 'Sam Jones', subjectEmail: 'sam@example.co.uk' },
    });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: string };
  }

  it('clarification asked 10 Sep and given 12 Sep moves the end by three days (Art. 12A; ICO)', async () => {
    const { id } = await create(['access']);
    expect((await app.handlers['requests.get']({ id })).deadlines.due).toBe('2026-10-05'); // Sat 3 Oct → Mon 5 Oct
    let detail = await app.handlers['requests.clockStop']({ id, step: { reason: 'clarification', action: 'start', at: '2026-09-10T09:00:00+01:00' } });
    expect(detail.deadlines.due).toBeNull();
    detail = await app.handlers['requests.clockStop']({ id, step: { reason: 'clarification', action: 'end', at: '2026-09-12T09:00:00+01:00' } });
    expect(detail.deadlines.due).toBe('2026-10-06'); // 3 Oct + 3 days = Tue 6 Oct
    expect(detail.timeline.map((e) => e.action)).toEqual(expect.arrayContaining(['request.clock-stopped', 'request.clock-restarted']));
    expect((await verifyAuditChain(app.session.db())).ok).toBe(true);
  });

  it('a fee restarts the month from payment', async () => {
    const { id } = await create(['access']);
    await app.handlers['requests.clockStop']({ id, step: { reason: 'fee', action: 'start', at: '2026-09-04T09:00:00+01:00' } });
    const detail = await app.handlers['requests.clockStop']({ id, step: { reason: 'fee', action: 'end', at: '2026-09-15T09:00:00+01:00' } });
    expect(detail.deadlines.due).toBe('2026-10-15');
  });

  it('refuses what the law does not allow, with a clear error', async () => {
    const { id } = await create(['erasure']);
    const clarification = await app.dispatch('requests.clockStop', { id, step: { reason: 'clarification', action: 'start' } });
    expect(clarification).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const notOpen = await app.dispatch('requests.clockStop', { id, step: { reason: 'fee', action: 'end' } });
    expect(notOpen).toMatchObject({ ok: false, error: { message: 'The clock is not stopped for fee; nothing to restart' } });
  });
});

/** GDPR: with Settings reading para. 159 as a suspension, an identity request suspends the month (EDPB Guidelines 01/2022), over a real vault. */
describe('GDPR identity suspension', () => {
  let tmp: ReturnType<typeof tempDir>;
  let app: ReturnType<typeof appOver>;
  let clock = Date.parse('2026-09-10T08:00:00Z');

  beforeEach(async () => {
    tmp = tempDir();
    app = appOver(tmp.dir, () => new Date(clock));
    await app.session.create(PASSPHRASE);
    await app.handlers['settings.update']({ changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome', 'deadlines.gdprIdentity': 'suspended' } });
  });
  afterEach(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  it('asked 10 Sep, identity received 12 Sep: two days do not count (Fri 2 Oct → Sun 4 Oct St Francis → Mon 5 Oct)', async () => {
    clock = Date.parse('2026-09-10T08:00:00Z');
    const created = await app.dispatch('requests.create', {
      request: { regime: 'gdpr', types: ['access'], receivedAt: '2026-09-02T10:00:00+02:00', channel: 'email', subjectName: 'Marco Rossi', subjectEmail: 'marco@example.it' },
    });
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value as { id: string };
    expect((await app.handlers['requests.get']({ id })).deadlines.due).toBe('2026-10-02');
    const waiting = await app.handlers['requests.transition']({ id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'E-mail not linked to an account' } });
    expect(waiting.clockStops).toEqual([{ reason: 'identity', from: '2026-09-10', to: null }]);
    expect(waiting.deadlines.due).toBeNull();
    clock = Date.parse('2026-09-12T08:00:00Z');
    const resumed = await app.handlers['requests.transition']({ id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
    expect(resumed.clockStops).toEqual([{ reason: 'identity', from: '2026-09-10', to: '2026-09-12' }]);
    expect(resumed.deadlines.due).toBe('2026-10-05');
    expect(resumed.deadlines.explanations.join('\n')).toContain('EDPB Guidelines 01/2022 on the right of access, para. 159');
    expect((await verifyAuditChain(app.session.db())).ok).toBe(true);
  });
});
