import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/core/api/dispatch';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { demoApi } from '../../electron/core/demo/demo-api';
import { seedDemoRegisters } from '../../electron/core/demo/demo-registers';
import { call, openDesk, type DeskApp } from './dashboard-seed';

describe('the registers feed the rest of the desk: retention rules, the cases on both sides, the DPIA list', () => {
  let app: DeskApp;
  let activities: Map<string, string>;

  beforeAll(async () => {
    app = await openDesk();
    activities = await seedDemoRegisters(demoApi(createDispatch(app.handlers)), '2026-04-10');
  });
  afterAll(async () => {
    await app.dispose();
    app.tmp.cleanup();
  });

  it('turns each activity’s retention period into the retention rule the retention screen reviews', async () => {
    expect(await call(app, 'retention.rules', {})).toEqual([]);
    const first = await call(app, 'registers.applyRetention', { language: 'en' });
    // 13 demo activities: two keep data for days only ("30 days of delivery logs", "… (7 days)").
    expect(first).toMatchObject({ created: 11, updated: 0, unchanged: 0 });
    expect(first.unparsed.map((u) => u.retention)).toEqual(['30 days of delivery logs', 'No copy kept beyond the sync queue (7 days)']);

    const rules = await call(app, 'retention.rules', {});
    expect(rules).toHaveLength(11);
    const registers = await call(app, 'registers.get', {});
    const support = registers.activities.find((a) => a.name === 'Customer support');
    const rule = rules.find((r) => r.id === support?.retentionRuleId);
    expect(rule).toMatchObject({
      category: `${support?.reference} Customer support`,
      periodCount: 2,
      periodUnit: 'years',
      triggerNote: '2 years after the ticket is closed',
      legalBasis: 'performance of a contract (Art. 6(1)(b))',
      nextReview: support?.nextReview,
    });
    const accounts = rules.find((r) => r.category.endsWith('Client accounts and service provision'));
    expect(accounts).toMatchObject({ periodCount: 3, periodUnit: 'years', trigger: 'end-of-relationship' });

    expect(await call(app, 'registers.applyRetention', { language: 'en' })).toMatchObject({ created: 0, updated: 0, unchanged: 11 });
    if (!support) throw new Error('the demo register has Customer support');
    const { id, reference: _reference, nextReview: _next, createdAt: _c, updatedAt: _u, dpiaScreening: _s, ...rest } = support;
    await call(app, 'registers.saveActivity', { id, activity: { ...rest, retention: '18 months after the ticket is closed', purposes: rest.purposes, controllers: rest.controllers } });
    expect(await call(app, 'registers.applyRetention', { language: 'it' })).toMatchObject({ created: 0, updated: 1, unchanged: 10 });
    expect((await call(app, 'retention.rules', {})).find((r) => r.id === support.retentionRuleId)).toMatchObject({ periodCount: 18, periodUnit: 'months' });
    expect((await verifyAuditChain(app.session.db())).ok).toBe(true);
  });

  it('shows a case on the register entry it names, and the special categories a breach may involve', async () => {
    const payroll = activities.get('Personnel and payroll') ?? '';
    const breach = await call(app, 'breaches.create', { breach: { title: 'Payroll export e-mailed to the wrong person', awareAt: '2026-04-09T10:00:00+02:00' } });
    const request = await call(app, 'requests.create', { request: { regime: 'gdpr', types: ['access'], receivedAt: '2026-04-08T10:00:00+02:00', channel: 'email', subjectName: 'Marco Neri' } });
    expect(await call(app, 'registers.linkedCases', { kind: 'activity', id: payroll })).toEqual([]);
    await call(app, 'registers.setCaseLinks', { caseType: 'breach', caseId: breach.id, activityIds: [payroll], processorIds: [] });
    await call(app, 'registers.setCaseLinks', { caseType: 'request', caseId: request.id, activityIds: [payroll], processorIds: [] });
    const linked = await call(app, 'registers.linkedCases', { kind: 'activity', id: payroll });
    expect(linked.map((c) => [c.caseType, c.reference, c.title])).toEqual(
      expect.arrayContaining([
        ['breach', breach.reference, 'Payroll export e-mailed to the wrong person'],
        ['request', request.reference, 'Marco Neri'],
      ]),
    );
    expect(linked).toHaveLength(2);
    const facts = await call(app, 'registers.breachFacts', { breachId: breach.id });
    expect(facts.specialCategories).toBe(true);
    expect(facts.dataCategories.length).toBeGreaterThan(0);
  });

  it('applies the Garante’s item 7 (innovative technologies) only with another WP248 criterion', async () => {
    const id = activities.get('Customer support') ?? '';
    const alone = await call(app, 'registers.screenDpia', { id, screening: { criteria: ['innovative-technology'], garanteItems: ['innovative-technology'], outcome: 'not-required', screenedOn: '2026-04-10' } });
    expect(alone.dpiaScreening).toMatchObject({ indicated: false });
    const refused = await app.dispatch('registers.screenDpia', { id, screening: { criteria: ['innovative-technology', 'systematic-monitoring'], garanteItems: ['innovative-technology'], outcome: 'not-required', screenedOn: '2026-04-10' } });
    expect(refused.ok ? null : refused.error.issues?.map((i) => i.path)).toEqual(['screening.rationale']);
  });
});
