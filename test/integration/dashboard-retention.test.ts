import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../electron/cli/commands';
import { runCli } from '../../electron/cli/run-cli';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { call, openDesk, type DeskApp } from './dashboard-seed';
import { PASSPHRASE } from './temp-vault';

const at = (app: DeskApp, iso: string) => (app.clock.ms = Date.parse(iso));

/** Counts the rows a case leaves in every table that holds part of it. */
async function traces(app: DeskApp, requestId: string, breachId: string) {
  const db = app.session.db();
  const count = async (table: 'request_history' | 'request_notes' | 'attachments' | 'request_types' | 'breach_history' | 'breach_actions' | 'breach_notifications', column: 'request_id' | 'breach_id', id: string) =>
    (await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where(column, '=', id).executeTakeFirstOrThrow()).n;
  return {
    request: (await db.selectFrom('requests').select('id').where('id', '=', requestId).execute()).length,
    history: await count('request_history', 'request_id', requestId),
    notes: await count('request_notes', 'request_id', requestId),
    attachments: await count('attachments', 'request_id', requestId),
    types: await count('request_types', 'request_id', requestId),
    breach: (await db.selectFrom('breaches').select('id').where('id', '=', breachId).execute()).length,
    breachHistory: await count('breach_history', 'breach_id', breachId),
    actions: await count('breach_actions', 'breach_id', breachId),
    notices: await count('breach_notifications', 'breach_id', breachId),
  };
}

describe('retention: the register of review dates, and the vault’s own closed cases', () => {
  let app: DeskApp;
  let oldRequest: string;
  let oldBreach: string;
  let recentRequest: string;

  beforeEach(async () => {
    app = await openDesk();
    at(app, '2024-01-15T09:00:00Z');
    oldRequest = (await call(app, 'requests.create', { request: { regime: 'gdpr', types: ['access'], receivedAt: '2024-01-10T10:00:00+01:00', channel: 'email', subjectName: 'Giulia Bianchi' } })).id;
    await call(app, 'requests.addNote', { id: oldRequest, text: 'Called Giulia Bianchi back' });
    await call(app, 'requests.addAttachment', { id: oldRequest, fileName: 'id.txt', base64: Buffer.from('passport of Giulia Bianchi').toString('base64') });
    await call(app, 'requests.transition', { id: oldRequest, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
    await call(app, 'requests.transition', { id: oldRequest, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Copy sent to Giulia' } });
    oldBreach = (await call(app, 'breaches.create', { breach: { title: 'Laptop of Marco Rossi stolen', awareAt: '2024-01-14T10:00:00+01:00', facts: { confidentiality: 'none', integrity: 'none', availability: 'none', maliciousIntent: false, dataCategories: ['identity'], subjects: 3 } } })).id;
    await call(app, 'breaches.decide', { id: oldBreach, decision: { notifyAuthority: false, notifySubjects: false, rationale: 'Encrypted disk, no risk to anyone' } });
    await call(app, 'breaches.addAction', { id: oldBreach, action: { kind: 'containment', who: 'IT', text: 'Remote wipe of Marco’s laptop' } });
    await call(app, 'breaches.transition', { id: oldBreach, transition: { to: 'assessed' } });
    await call(app, 'breaches.transition', { id: oldBreach, transition: { to: 'notified' } });
    await call(app, 'breaches.transition', { id: oldBreach, transition: { to: 'closed', reason: 'Wiped, nothing lost' } });
    at(app, '2025-12-01T09:00:00Z');
    recentRequest = (await call(app, 'requests.create', { request: { regime: 'gdpr', types: ['erasure'], receivedAt: '2025-11-20T10:00:00+01:00', channel: 'email', subjectName: 'Paolo Verdi' } })).id;
    await call(app, 'requests.transition', { id: recentRequest, transition: { to: 'withdrawn', reason: 'Withdrawn' } });
    at(app, '2026-04-10T08:00:00Z');
  });
  afterEach(async () => {
    await app.dispose();
    app.tmp.cleanup();
  });

  it('proposes nothing until a period is set, then the closed cases older than it', async () => {
    expect(await call(app, 'retention.proposals', {})).toMatchObject({ periodMonths: null, cutoff: null, requests: { total: 0 } });
    await call(app, 'deadlines.updatePreferences', { changes: { closedCaseRetentionMonths: 24 } });
    const proposals = await call(app, 'retention.proposals', {});
    expect(proposals).toMatchObject({ periodMonths: 24, cutoff: '2024-04-09T22:00:00.000Z' });
    expect(proposals.requests.rows.map((r) => r.id)).toEqual([oldRequest]);
    expect(proposals.breaches.rows.map((r) => r.id)).toEqual([oldBreach]);
    expect((await call(app, 'dashboard.get', {})).retention).toEqual({ periodMonths: 24, proposed: 2 });
  });

  it('deletes only on the DPO’s word, everything of the case, keeps an anonymised audit event, and the chain verifies', async () => {
    await call(app, 'deadlines.updatePreferences', { changes: { closedCaseRetentionMonths: 24 } });
    const tooRecent = await app.dispatch('retention.deleteCases', { requestIds: [oldRequest, recentRequest], confirm: 'delete' });
    expect(tooRecent.ok ? null : tooRecent.error.code).toBe('CONFLICT');
    const unconfirmed = await app.dispatch('retention.deleteCases', { requestIds: [oldRequest], confirm: 'yes' });
    expect(unconfirmed.ok ? null : unconfirmed.error.code).toBe('VALIDATION');
    expect((await traces(app, oldRequest, oldBreach)).request).toBe(1);

    const before = (await verifyAuditChain(app.session.db())).eventCount;
    expect(await call(app, 'retention.deleteCases', { requestIds: [oldRequest], breachIds: [oldBreach], confirm: 'delete' })).toEqual({ deletedRequests: 1, deletedBreaches: 1 });
    expect(await traces(app, oldRequest, oldBreach)).toEqual({ request: 0, history: 0, notes: 0, attachments: 0, types: 0, breach: 0, breachHistory: 0, actions: 0, notices: 0 });
    expect((await call(app, 'requests.list', { status: ['withdrawn'] })).rows.map((r) => r.id)).toEqual([recentRequest]);

    const event = await app.session.db().selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(event).toMatchObject({ action: 'retention.cases-deleted', entity_type: 'vault', entity_id: null });
    expect(JSON.parse(event.data)).toEqual({ requests: 1, breaches: 1, periodMonths: 24, cutoff: '2024-04-10', closedFrom: '2024-01-15', closedTo: '2024-01-15' });
    const all = (await app.session.db().selectFrom('audit_events').select('data').execute()).map((e) => e.data).join('\n');
    expect(all).not.toMatch(/Giulia|Marco|Bianchi|Laptop/);
    const verification = await verifyAuditChain(app.session.db());
    expect(verification).toMatchObject({ ok: true, eventCount: before + 1 });

    await app.session.lock();
    let stdout = '';
    let stderr = '';
    const code = await runCli(commands, ['audit', 'verify', '--vault', app.session.files.dir, '--json'], {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      env: { DPO_DESK_PASSPHRASE: PASSPHRASE },
      isTty: false,
      readStdin: async () => '',
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, dataBreaks: [] });
    // stderr carries only the progress of the check, nothing that reads as a problem.
    expect(stderr.trim().split('\n').filter((line) => !/^(Audit trail: \d+ of \d+ events checked|Case data: \d+ of \d+ field groups checked against the trail)$/.test(line))).toEqual([]);
  });

  it('keeps a register of retention rules whose reviews reach the dashboard', async () => {
    const rules = await call(app, 'retention.saveRule', {
      rule: { category: 'Invoices', periodCount: 10, periodUnit: 'years', trigger: 'end-of-financial-year', legalBasis: 'Art. 2220 c.c.', reviewEveryMonths: 12, firstReview: '2026-04-30' },
    });
    await call(app, 'retention.saveRule', { rule: { category: 'Marketing contacts', periodCount: 24, periodUnit: 'months', trigger: 'last-activity', legalBasis: 'Consent; Garante guidance' } });
    const other = await app.dispatch('retention.saveRule', { rule: { category: 'X', periodCount: 1, periodUnit: 'years', trigger: 'other', legalBasis: 'Y' } });
    expect(other.ok ? null : other.error.issues?.[0]?.path).toBe('rule.triggerNote');
    const invoices = rules[0]!;
    let dashboard = await call(app, 'dashboard.get', {});
    expect(dashboard.reviews).toEqual({ total: 1, rows: [{ id: invoices.id, category: 'Invoices', nextReview: '2026-04-30', daysLeft: 20 }] });
    const reviewed = await call(app, 'retention.markReviewed', { id: invoices.id });
    expect(reviewed.find((r) => r.id === invoices.id)).toMatchObject({ lastReviewedOn: '2026-04-10', nextReview: '2027-04-10' });
    expect((await call(app, 'retention.rules', {})).map((r) => [r.category, r.nextReview])).toEqual([
      ['Invoices', '2027-04-10'],
      ['Marketing contacts', '2027-04-10'],
    ]);
    dashboard = await call(app, 'dashboard.get', {});
    expect(dashboard.reviews.total).toBe(0);
    const left = await call(app, 'retention.deleteRule', { id: invoices.id });
    expect(left.map((r) => r.category)).toEqual(['Marketing contacts']);
  });
});
