import { describe, expect, it } from 'vitest';
import type { CalendarPage } from '../../electron/shared/calendar';
import type { DocumentSummary } from '../../electron/shared/document-contract';
import type { NewRequest, Regime, RequestDetail, RequestPage, RequestType } from '../../electron/shared/requests';
import { accessRequest, useItalianRequestVault } from './italian-request-vault';

const NOW = new Date('2026-04-10T08:00:00Z');

/** The edges of the case record issue #10 names, beyond the main steps of request-record.test.ts. */
describe('the case record at its edges (over a real vault)', () => {
  const vault = useItalianRequestVault(NOW);

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await vault.app.dispatch(channel as never, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }
  const create = (request: NewRequest = accessRequest) => call<{ id: string; reference: string }>('requests.create', { request });
  const verified = { to: 'in-progress', identity: { method: 'email-confirmation', outcome: 'verified' } };

  it('corrects who asked and how to reach them: a parent for a child under 16, phone and address', async () => {
    const { id } = await create();
    const detail = await call<RequestDetail>('requests.correct', {
      id,
      correction: {
        reason: 'The letter came from the mother; the person is 14',
        changes: {
          requesterRelation: 'parent-guardian',
          requesterName: 'Laura Bianchi',
          requesterEmail: 'laura.bianchi@example.it',
          under16: true,
          subjectPhone: '+39 02 1234 5678',
          subjectAddress: 'Via Roma 1, 20121 Milano',
        },
      },
    });
    expect(detail).toMatchObject({
      requesterRelation: 'parent-guardian',
      requesterName: 'Laura Bianchi',
      requesterEmail: 'laura.bianchi@example.it',
      under16: true,
      subjectPhone: '+39 02 1234 5678',
      subjectAddress: 'Via Roma 1, 20121 Milano',
      legal: { date: '2026-04-30' },
    });
    expect(detail.timeline.at(-1)?.changes?.map((c) => c.field)).toEqual(['subjectPhone', 'subjectAddress', 'requesterRelation', 'requesterName', 'requesterEmail', 'under16']);
    const backToSelf = await vault.app.dispatch('requests.correct', { id, correction: { reason: 'undo', changes: { requesterRelation: 'self' } } });
    expect(backToSelf).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'requesterRelation' }] } });
  });

  it('reopens a withdrawn request to the step it was withdrawn from, with the reason in History', async () => {
    const { id } = await create();
    const withdrawn = await call<RequestDetail>('requests.transition', { id, transition: { to: 'withdrawn', reason: 'The person wrote that the request was sent by mistake' } });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', lateness: { legalDays: 0, commitmentDays: 0 } });
    const detail = await call<RequestDetail>('requests.reopen', { id, reason: 'The person wrote again: the withdrawal was a misunderstanding' });
    expect(detail).toMatchObject({ status: 'received', closedAt: null, lateness: null, legal: { date: '2026-04-30' } });
    expect(detail.timeline.at(-1)).toMatchObject({ action: 'request.reopened', data: { from: 'withdrawn', to: 'received', reason: 'The person wrote again: the withdrawal was a misunderstanding' } });
    expect((await call<RequestPage>('requests.list', { status: ['received'] })).rows.map((r) => r.id)).toEqual([id]);
  });

  it('keeps an extension once its notice is finalised: the undo is refused and no longer offered', async () => {
    await call('settings.update', {
      changes: {
        'organisation.name': 'Noventia Srl',
        'organisation.address': 'Via Privata Bernardo Rucellai 12, 20126 Milano MI, Italia',
        'organisation.dpoName': 'Chiara Esposito',
        'organisation.dpoEmail': 'dpo@noventia.example',
        'organisation.authorityName': 'Garante per la protezione dei dati personali',
        'organisation.authorityAddress': 'Piazza Venezia 11, 00187 Roma',
        'organisation.authorityWebsite': 'https://www.garanteprivacy.it',
      },
    });
    const { id, reference } = await create();
    await call('requests.transition', { id, transition: verified });
    const extended = await call<RequestDetail>('requests.transition', { id, transition: { to: 'extended', reason: 'I dati si trovano in tre sistemi gestiti da due responsabili del trattamento' } });
    expect(extended).toMatchObject({ status: 'extended', canUndoExtension: true });
    await call<DocumentSummary>('documents.finalise', { caseId: reference, kind: 'extension-notice', language: 'it' });
    // Finalised, not yet recorded as sent: the extension stands but binds only once its notice is sent in time (review 6, F13).
    expect(await call<RequestDetail>('requests.get', { id })).toMatchObject({ status: 'extended', canUndoExtension: false, legal: { date: '2026-04-30' }, deadlines: { extendedDue: '2026-06-30' } });
    const undo = await vault.app.dispatch('requests.undoExtension', { id, reason: 'Too late: the person was told' });
    expect(undo).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
    expect(await call<RequestDetail>('requests.get', { id })).toMatchObject({ status: 'extended', legal: { date: '2026-04-30' }, deadlines: { extendedDue: '2026-06-30' } });
  });

  const regimes: [Regime, RequestType, string, string][] = [
    ['gdpr', 'access', '2018-05-24', '2018-05-25'],
    ['uk-gdpr', 'access', '2020-12-31', '2021-01-01'],
    ['ccpa', 'know', '2019-12-31', '2020-01-01'],
    ['lgpd', 'access', '2020-09-17', '2020-09-18'],
    ['ch-fadp', 'access', '2023-08-31', '2023-09-01'],
    ['pipeda', 'access', '2000-12-31', '2001-01-01'],
  ];
  it('refuses a receipt before its regime applied and takes one from the regime’s first day (GDPR, UK GDPR, CCPA, LGPD, Swiss FADP, PIPEDA)', async () => {
    for (const [regime, type, dayBefore, firstDay] of regimes) {
      const request = (day: string): NewRequest => ({ ...accessRequest, regime, types: [type], receivedAt: `${day}T12:00:00+02:00`, confirmOldReceipt: true });
      const early = await vault.app.dispatch('requests.create', { request: request(dayBefore) });
      expect(early, `${regime} on ${dayBefore}`).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'receivedAt' }] } });
      const first = await vault.app.dispatch('requests.create', { request: request(firstDay) });
      expect(first.ok, `${regime} on ${firstDay}`).toBe(true);
    }
  });

  it('lists every overdue request however old, the oldest first, on Today, in the inbox and in the agenda', async () => {
    const { id: ancient } = await create({ ...accessRequest, subjectName: 'Three years ago', receivedAt: '2023-04-03T10:00:00+02:00', confirmOldReceipt: true });
    const { id: lastYear } = await create({ ...accessRequest, subjectName: 'Last year', receivedAt: '2025-04-01T10:00:00+02:00', confirmOldReceipt: true });
    const { id: recent } = await create({ ...accessRequest, subjectName: 'Recent', receivedAt: '2026-03-01T10:00:00+01:00' });
    await create();
    const oldestFirst = [ancient, lastYear, recent];

    const dashboard = await vault.app.handlers['dashboard.get']({});
    expect(dashboard.requests.overdue.total).toBe(3);
    expect(dashboard.requests.overdue.rows.map((r) => r.id)).toEqual(oldestFirst);
    const inbox = await call<RequestPage>('requests.list', { group: 'overdue' });
    expect(inbox.rows.map((r) => r.id)).toEqual(oldestFirst);
    expect((await call<RequestPage>('requests.list', { overdue: true })).total).toBe(3);
    const agenda = await call<CalendarPage>('deadlines.calendar', { from: null, to: '2026-04-10', kinds: ['request-due'] });
    expect([...new Set(agenda.items.filter((i) => i.overdue).map((i) => i.caseId))]).toEqual(oldestFirst);
  });
});
