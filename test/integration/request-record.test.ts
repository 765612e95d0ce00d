import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { sha256Text } from '../../electron/core/audit/text-hash';
import type { NewRequest, RequestDetail, RequestPage } from '../../electron/shared/requests';
import { accessRequest, useItalianRequestVault } from './italian-request-vault';

const NOW = new Date('2026-04-10T08:00:00Z');

describe('a case record a DPO can stand behind (over a real vault)', () => {
  const vault = useItalianRequestVault(NOW);
  const access = accessRequest;

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await vault.app.dispatch(channel as never, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }
  const create = (request: NewRequest = access) => call<{ id: string; reference: string }>('requests.create', { request });
  const auditEvents = () => vault.app.session.db().selectFrom('audit_events').selectAll().orderBy('seq').execute();

  it('records the acknowledgement (date, channel, letter) and empties Today’s “to acknowledge”', async () => {
    const { id, reference } = await create();
    const before = await vault.app.handlers['dashboard.get']({});
    expect(before.requests.acknowledgements.total).toBe(1);
    const detail = await call<RequestDetail>('requests.acknowledge', { id, acknowledgement: { at: '2026-04-01T09:00:00+02:00', channel: 'email' } });
    expect(detail.acknowledgedAt).toBe('2026-04-01T07:00:00.000Z');
    expect(detail.acknowledgement).toEqual({ at: '2026-04-01T07:00:00.000Z', channel: 'email', documentId: null });
    expect(detail.timeline.at(-1)?.action).toBe('request.acknowledged');
    const after = await vault.app.handlers['dashboard.get']({});
    expect(after.requests.acknowledgements.total).toBe(0);
    const calendar = await call<{ items: { kind: string; caseId: string | null }[] }>('deadlines.calendar', { from: '2026-03-01', to: '2026-05-31' });
    expect(calendar.items.filter((i) => i.kind === 'request-ack')).toEqual([]);

    const again = await vault.app.dispatch('requests.acknowledge', { id: reference, acknowledgement: { channel: 'post' } });
    expect(again).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION', message: 'Receipt was already acknowledged on Wed 1 Apr 2026' } });
    const { id: other } = await create({ ...access, subjectName: 'Marco Rossi' });
    const early = await vault.app.dispatch('requests.acknowledge', { id: other, acknowledgement: { at: '2026-03-30T09:00:00+02:00', channel: 'email' } });
    expect(early).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
    const unknownLetter = await vault.app.dispatch('requests.acknowledge', { id: other, acknowledgement: { channel: 'email', documentId: 'no-such-doc' } });
    expect(unknownLetter).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('corrects every fact with a reason: old and new in History, only hashes in the chain, deadlines recomputed', async () => {
    const { id, reference } = await create();
    const detail = await call<RequestDetail>('requests.correct', {
      id,
      correction: {
        reason: 'Typo in the e-mail address; the letter arrived a day earlier than logged',
        changes: {
          subjectEmail: 'giulia.bianchi@example.com',
          receivedAt: '2026-03-30T10:00:00+02:00',
          types: ['access', 'erasure'],
          systems: ['CRM', 'Billing'],
          description: 'Asks for a copy and erasure',
          channel: 'post',
          subjectName: 'Giulia Bianchi',
        },
      },
    });
    expect(detail).toMatchObject({
      reference,
      subjectEmail: 'giulia.bianchi@example.com',
      receivedDate: '2026-03-30',
      types: ['access', 'erasure'],
      systems: ['CRM', 'Billing'],
      channel: 'post',
      legal: { date: '2026-04-30' },
      deadlines: { organisationDue: '2026-04-29' },
    });
    const entry = detail.timeline.at(-1);
    expect(entry?.action).toBe('request.corrected');
    expect(entry?.data).toMatchObject({ reason: 'Typo in the e-mail address; the letter arrived a day earlier than logged' });
    // The unchanged name is not recorded as a change.
    expect(entry?.changes).toEqual([
      { field: 'receivedAt', from: '2026-03-31T10:00:00+02:00', to: '2026-03-30T10:00:00+02:00' },
      { field: 'types', from: 'access', to: 'access, erasure' },
      { field: 'channel', from: 'email', to: 'post' },
      { field: 'subjectEmail', from: 'giulia.bianchi@example.it', to: 'giulia.bianchi@example.com' },
      { field: 'description', from: '', to: 'Asks for a copy and erasure' },
      { field: 'systems', from: '', to: 'CRM, Billing' },
    ]);
    const event = (await auditEvents()).at(-1);
    expect(event?.action).toBe('request.corrected');
    expect(event?.data).not.toContain('example.com');
    expect(event?.data).not.toContain('Typo');
    expect(JSON.parse(event?.data ?? '{}')).toMatchObject({
      fields: ['receivedAt', 'types', 'channel', 'subjectEmail', 'description', 'systems'],
      reasonSha256: sha256Text('Typo in the e-mail address; the letter arrived a day earlier than logged'),
    });
    expect(JSON.parse(event?.data ?? '{}').changes[3]).toEqual({
      field: 'subjectEmail',
      fromSha256: sha256Text('giulia.bianchi@example.it'),
      toSha256: sha256Text('giulia.bianchi@example.com'),
    });
    const byType = await call<RequestPage>('requests.list', { type: 'erasure' });
    expect(byType.total).toBe(1);
    const bySearch = await call<RequestPage>('requests.list', { search: 'example.com' });
    expect(bySearch.total).toBe(1);
    expect((await verifyAuditChain(vault.app.session.db())).ok).toBe(true);
  });

  it('refuses corrections that cannot be, with the field named', async () => {
    const { id } = await create();
    const same = await vault.app.dispatch('requests.correct', { id, correction: { reason: 'check', changes: { subjectName: 'Giulia Bianchi' } } });
    expect(same).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'changes' }] } });
    const agent = await vault.app.dispatch('requests.correct', { id, correction: { reason: 'agent', changes: { requesterRelation: 'authorised-agent' } } });
    expect(agent).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'requesterName' }] } });
    const wrongType = await vault.app.dispatch('requests.correct', { id, correction: { reason: 'x', changes: { types: ['opt-out'] } } });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'types' }] } });
    const noReason = await vault.app.dispatch('requests.correct', { id, correction: { reason: ' ', changes: { subjectName: 'G. Bianchi' } } });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await call('requests.acknowledge', { id, acknowledgement: { at: '2026-04-01T09:00:00+02:00', channel: 'email' } });
    const afterAck = await vault.app.dispatch('requests.correct', { id, correction: { reason: 'later', changes: { receivedAt: '2026-04-02T09:00:00+02:00' } } });
    expect(afterAck).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'receivedAt' }] } });
  });

  it('refuses receipt dates that cannot be and asks to confirm one older than 90 days', async () => {
    const future = await vault.app.dispatch('requests.create', { request: { ...access, receivedAt: '2026-04-11T10:00:00+02:00' } });
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'receivedAt' }] } });
    const beforeGdpr = await vault.app.dispatch('requests.create', { request: { ...access, receivedAt: '2018-05-24T10:00:00+02:00', confirmOldReceipt: true } });
    expect(beforeGdpr).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'The gdpr regime applies from Fri 25 May 2018: a request received on Thu 24 May 2018 cannot be under it.' } });
    const beforeFadp = await vault.app.dispatch('requests.create', { request: { ...access, regime: 'ch-fadp', receivedAt: '2023-08-31T10:00:00+02:00', confirmOldReceipt: true } });
    expect(beforeFadp).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'receivedAt' }] } });
    const old = await vault.app.dispatch('requests.create', { request: { ...access, receivedAt: '2026-01-09T10:00:00+01:00' } });
    expect(old).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'confirmOldReceipt' }] } });
    const confirmed = await vault.app.dispatch('requests.create', { request: { ...access, receivedAt: '2026-01-09T10:00:00+01:00', confirmOldReceipt: true } });
    expect(confirmed.ok).toBe(true);
    const ninety = await vault.app.dispatch('requests.create', { request: { ...access, receivedAt: '2026-01-10T10:00:00+01:00' } });
    expect(ninety.ok).toBe(true);
  });

  it('voids a request registered in error: kept and marked, out of every count, list and figure', async () => {
    const { id: keep } = await create();
    const { id, reference } = await create({ ...access, subjectName: 'Duplicate entry' });
    const countsBefore = await vault.app.handlers['requests.counts']({});
    expect(countsBefore.open).toBe(2);
    const detail = await call<RequestDetail>('requests.void', { id, reason: 'Same e-mail registered twice' });
    expect(detail).toMatchObject({ status: 'void', reference, allowedTransitions: [], lateness: null, void: { reason: 'Same e-mail registered twice' } });
    const counts = await vault.app.handlers['requests.counts']({});
    expect(counts).toMatchObject({ open: 1, byStatus: { void: 1, received: 1 } });
    const dashboard = await vault.app.handlers['dashboard.get']({});
    expect(dashboard.requests.acknowledgements.rows.map((r) => r.id)).toEqual([keep]);
    const calendar = await call<{ items: { kind: string; caseId: string | null }[] }>('deadlines.calendar', { from: '2026-03-01', to: '2026-05-31' });
    expect(calendar.items.some((i) => i.caseId === id)).toBe(false);
    const out = await call<{ written: { savedTo: string }[]; summary: { requests: { received: number } } }>('reports.audit', {
      from: '2026-01-01',
      to: '2026-12-31',
      format: 'csv',
    });
    expect(out.summary.requests.received).toBe(1);
    expect(out.written).toHaveLength(4);
    expect(out.written.map((f) => readFileSync(f.savedTo, 'utf8')).join('\n')).not.toContain(reference);
    const register = await call<RequestPage>('requests.list', { status: ['void'] });
    expect(register.rows.map((r) => r.reference)).toEqual([reference]);
    for (const attempt of [
      vault.app.dispatch('requests.transition', { id, transition: { to: 'withdrawn', reason: 'x' } }),
      vault.app.dispatch('requests.reopen', { id, reason: 'x' }),
      vault.app.dispatch('requests.void', { id, reason: 'again' }),
      vault.app.dispatch('requests.acknowledge', { id, acknowledgement: { channel: 'email' } }),
    ]) {
      expect(await attempt).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
    }
    expect((await verifyAuditChain(vault.app.session.db())).ok).toBe(true);
  });

  it('keeps lateness visible once closed, against the law and the commitment; reopens with a reason', async () => {
    const { id: onTime } = await create();
    const { id: late, reference: lateRef } = await create({ ...access, subjectName: 'Marco Rossi' });
    await call('requests.transition', { id: onTime, transition: { to: 'in-progress', identity: { method: 'email-confirmation', outcome: 'verified' } } });
    let detail = await call<RequestDetail>('requests.transition', { id: onTime, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Sent' } });
    expect(detail.lateness).toEqual({ legalDays: 0, commitmentDays: 0 });

    vault.clock = Date.parse('2026-05-05T08:00:00Z');
    await call('requests.transition', { id: late, transition: { to: 'in-progress', identity: { method: 'email-confirmation', outcome: 'verified' } } });
    detail = await call<RequestDetail>('requests.transition', { id: late, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Sent late' } });
    expect(detail.lateness).toEqual({ legalDays: 5, commitmentDays: 5 });
    const lateList = await call<RequestPage>('requests.list', { late: 'legal' });
    expect(lateList.rows.map((r) => r.reference)).toEqual([lateRef]);
    expect((await call<RequestPage>('requests.list', { late: 'commitment' })).total).toBe(1);

    const noReason = await vault.app.dispatch('requests.reopen', { id: late, reason: '' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    detail = await call<RequestDetail>('requests.reopen', { id: late, reason: 'The person says the billing data is missing' });
    expect(detail).toMatchObject({ status: 'in-progress', outcome: null, closedAt: null, lateness: null, overdue: true });
    expect(detail.timeline.at(-1)).toMatchObject({ action: 'request.reopened', data: { from: 'responded', to: 'in-progress', reason: 'The person says the billing data is missing' } });
    expect((await call<RequestPage>('requests.list', { late: 'legal' })).total).toBe(0);
    const open = await vault.app.dispatch('requests.reopen', { id: late, reason: 'again' });
    expect(open).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
  });

  it('undoes an extension given by mistake while no extension notice exists', async () => {
    const { id } = await create();
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'email-confirmation', outcome: 'verified' } } });
    let detail = await call<RequestDetail>('requests.transition', { id, transition: { to: 'extended', reason: 'Clicked on the wrong request' } });
    expect(detail).toMatchObject({ status: 'extended', canUndoExtension: true, legal: { date: '2026-04-30' }, deadlines: { extendedDue: '2026-06-30', extension: { inEffect: false } } });
    detail = await call<RequestDetail>('requests.undoExtension', { id, reason: 'Extension recorded on the wrong request' });
    expect(detail).toMatchObject({ status: 'in-progress', canUndoExtension: false, extensionReason: null, legal: { date: '2026-04-30' }, deadlines: { extendedDue: null } });
    expect(detail.timeline.at(-1)).toMatchObject({ action: 'request.extension-undone', data: { from: 'extended', to: 'in-progress' } });
    const notExtended = await vault.app.dispatch('requests.undoExtension', { id, reason: 'again' });
    expect(notExtended).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
  });
});
