import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAuditReport, forEachRequestInRange } from '../../electron/core/reports/build-audit-report';
import { writeAuditReportCsv, writeAuditReportJson } from '../../electron/core/reports/write-audit-report';
import type { AuditReport } from '../../electron/shared/reports';
import type { NewRequest, Transition } from '../../electron/shared/requests';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

describe('the audit report over a vault with known numbers', () => {
  let tmp: ReturnType<typeof tempDir>;
  let app: ReturnType<typeof appOver>;
  let clock = Date.parse('2026-03-01T08:00:00Z');
  const at = (iso: string) => (clock = Date.parse(iso));

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }
  const request = (receivedAt: string, types: NewRequest['types'] = ['access']): NewRequest => ({
    regime: 'gdpr', types, receivedAt, channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'g@example.com',
  });
  const move = (id: string, transition: Transition) => call('requests.transition', { id, transition });
  const verified: Transition = { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } };

  beforeEach(async () => {
    tmp = tempDir();
    app = appOver(tmp.dir, () => new Date(clock));
    at('2026-03-01T08:00:00Z');
    await app.session.create(PASSPHRASE);
    await call('settings.update', { changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome', 'commitments.responseDays': 30 } });
    // Four requests in March: answered in 9 days, answered late (day 40), refused, still open and overdue.
    at('2026-03-02T12:00:00Z');
    const a = await call<{ id: string }>('requests.create', { request: request('2026-03-02T09:00:00+01:00') });
    const b = await call<{ id: string }>('requests.create', { request: request('2026-03-02T10:00:00+01:00', ['erasure']) });
    const c = await call<{ id: string }>('requests.create', { request: request('2026-03-02T11:00:00+01:00') });
    const d = await call<{ id: string }>('requests.create', { request: request('2026-03-02T12:00:00+01:00', ['erasure']) });
    at('2026-03-03T09:00:00Z');
    for (const r of [a, b, d]) await move(r.id, verified);
    await move(c.id, { to: 'awaiting-identity', method: 'id-document', reason: 'No account' });
    at('2026-03-11T09:00:00Z');
    await move(a.id, { to: 'responded', outcome: 'fulfilled', reason: 'Sent' });
    at('2026-03-20T09:00:00Z');
    await move(c.id, { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'No ID' });
    at('2026-04-11T09:00:00Z');
    await move(b.id, { to: 'responded', outcome: 'fulfilled', reason: 'Erased' });
    // One breach, notified after 30 hours; one outside the range.
    at('2026-03-10T10:00:00Z');
    const breach = await call<{ id: string }>('breaches.create', { breach: { title: 'Mailbox compromise', awareAt: '2026-03-10T10:00:00+01:00', cause: 'cyber-attack', facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['contact'], subjects: 40 } } });
    at('2026-03-11T16:00:00Z');
    await call('breaches.addNotification', { id: breach.id, notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-03-11T16:00:00+01:00', summary: 'Preliminary notice' } });
    at('2026-05-02T10:00:00Z');
    await call('breaches.create', { breach: { title: 'Later breach', awareAt: '2026-05-02T10:00:00+02:00' } });
    at('2026-05-10T08:00:00Z');
  });
  afterEach(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  it('counts requests, deadlines kept, days to respond, refusals and breaches exactly', async () => {
    const report = await buildAuditReport(app.session.db(), { from: '2026-03-01', to: '2026-03-31' }, new Date(clock));
    expect(report.requests).toMatchObject({
      received: 4,
      closed: 3,
      open: 1,
      overdue: 0,
      withinLegalDeadline: { count: 2, of: 3 },
      withinCommitment: { count: 2, of: 3 },
      daysToRespond: { median: 18, p90: 40 },
      extensions: 0,
      refusalsByGround: { 'identity-not-verified': 1 },
      identityVerificationFailures: 1,
      perMonth: { '2026-03': { access: 2, erasure: 2 } },
    });
    expect(report.requests.late).toEqual([
      {
        reference: '2026-0002',
        regime: 'gdpr',
        status: 'responded',
        received: '2026-03-02',
        answeredOn: '2026-04-11',
        legalDue: '2026-04-02',
        legalDaysLate: 9,
        organisationDue: '2026-04-01',
        commitmentDaysLate: 10,
        extensionInEffect: null,
      },
    ]);
    expect(report.requests.byType).toEqual({
      access: { received: 2, closed: 2, open: 0, overdue: 0 },
      erasure: { received: 2, closed: 1, open: 1, overdue: 0 },
    });
    // Open requests are judged overdue as of the range's end (or today, if earlier): not yet on 31 March, by May.
    const later = await buildAuditReport(app.session.db(), { from: '2026-03-01', to: '2026-05-31' }, new Date(clock));
    expect(later.requests.overdue).toBe(1);
    expect(later.breaches.total).toBe(2);
    expect(report.breaches).toMatchObject({ total: 1, notifiedToAuthority: 1, notifiedWithin72h: { count: 1, of: 1, share: 1 }, medianHoursToNotification: 30, peopleAffected: 40 });
    expect(report.integrity).toMatchObject({ ok: true, firstBreak: null });
    expect(report.integrity.eventCount).toBeGreaterThan(10);
  });

  it('judges the commitment apart from the law: 30 days outlast the GDPR month for some receipt dates, 28 days never do', async () => {
    const report = await buildAuditReport(app.session.db(), { from: '2026-03-01', to: '2026-03-31' }, new Date(clock));
    expect(report.commitments).toMatchObject({ responseDays: 30, complexResponseDays: null, acknowledgeDays: null, triedFrom: '2026-03-01', datesTried: 365 });
    expect(report.commitments.beyondLaw).toHaveLength(1);
    const [finding] = report.commitments.beyondLaw;
    expect(finding).toMatchObject({ commitment: 'response', days: 30, regime: 'gdpr', legal: { amount: 1, unit: 'months', citationId: 'gdpr-art-12-3' }, shortestLegalDays: 28 });
    // The example is a real pair of dates: the commitment's is later than the law's, 30 days after receipt.
    expect(finding && finding.example.commitmentDate > finding.example.legalDate).toBe(true);
    await call('settings.update', { changes: { 'commitments.responseDays': 28 } });
    expect((await buildAuditReport(app.session.db(), { from: '2026-03-01', to: '2026-03-31' }, new Date(clock))).commitments.beyondLaw).toEqual([]);
  });

  it('writes spreadsheet-friendly CSV registers without names unless asked, and JSON', async () => {
    const dir = join(tmp.dir, 'report');
    const stages = new Set<string>();
    const { files } = await writeAuditReportCsv(app.session.db(), dir, { range: { from: '2026-03-01', to: '2026-03-31' }, now: new Date(clock), progress: (stage) => stages.add(stage) });
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['summary.csv', 'requests.csv', 'breaches.csv', 'late.csv']);
    expect(readFileSync(join(dir, 'late.csv'), 'utf8').split('\r\n')).toEqual([
      '\uFEFFreference,regime,status,received,answered_on,legal_due,legal_days_late,organisation_due,commitment_days_late,extension_in_effect',
      '2026-0002,gdpr,responded,2026-03-02,2026-04-11,2026-04-02,9,2026-04-01,10,',
      '',
    ]);
    const summary = readFileSync(join(dir, 'summary.csv'), 'utf8');
    expect(summary).toContain('requests.answered_late.legal,1\r\nrequests.answered_late.commitment,1');
    expect(summary).toContain('commitments.response_days,30\r\ncommitments.complex_response_days,\r\ncommitments.acknowledge_days,\r\n');
    expect(summary).toMatch(/\r\ncommitments\.later_than_law\.response\.gdpr\.access\+portability\+[a-z+-]+,[1-9]\d*\r\n/);
    const requests = readFileSync(join(dir, 'requests.csv'), 'utf8');
    expect(requests.startsWith('\uFEFFreference,regime,types')).toBe(true);
    expect(requests.trim().split('\r\n')).toHaveLength(5);
    expect(requests).toContain('2026-0001,gdpr,access,email,2026-03-02,responded,fulfilled,,verified,2026-04-02,,,2026-04-01,2026-03-11,9,true,true');
    expect(requests).not.toContain('Giulia');
    expect(readFileSync(join(dir, 'breaches.csv'), 'utf8')).toContain('Mailbox compromise');
    // The requests register is written as the requests are read for the figures: one pass, no stage of its own.
    expect([...stages]).toEqual(['requests', 'breaches', 'integrity']);

    const named = join(tmp.dir, 'named');
    await writeAuditReportCsv(app.session.db(), named, { range: { from: '2026-03-01', to: '2026-03-31' }, now: new Date(clock), withNames: true });
    expect(readFileSync(join(named, 'requests.csv'), 'utf8')).toContain('Giulia Bianchi');

    const jsonPath = join(tmp.dir, 'report.json');
    await writeAuditReportJson(app.session.db(), jsonPath, { range: { from: '2026-03-01', to: '2026-03-31' }, now: new Date(clock) });
    const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as { report: AuditReport; requests: unknown[]; breaches: unknown[] };
    expect(json.report.requests.received).toBe(4);
    expect(json.report.commitments.beyondLaw).toMatchObject([{ commitment: 'response', regime: 'gdpr', days: 30 }]);
    expect(json.requests).toHaveLength(4);
    expect(json.breaches).toHaveLength(1);
  });

  it('leaves void requests out of the register and out of the total its progress counts to', async () => {
    const range = { from: '2026-03-01', to: '2026-03-31' };
    at('2026-03-05T09:00:00Z');
    const error = await call<{ id: string; reference: string }>('requests.create', { request: request('2026-03-05T09:00:00+01:00') });
    await call('requests.void', { id: error.id, reason: 'Registered twice' });
    const seen: string[] = [];
    const totals: number[] = [];
    const total = await forEachRequestInRange(app.session.db(), range, (row) => void seen.push(row.reference), (_, of) => totals.push(of));
    expect(total).toBe(4);
    expect(seen).toHaveLength(4);
    expect(seen).not.toContain(error.reference);
    expect(totals).toEqual([4]);
  });
});
