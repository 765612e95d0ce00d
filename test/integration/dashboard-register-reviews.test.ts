import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIST_LIMIT } from '../../electron/core/dashboard/build-dashboard';
import { call, openDesk, type DeskApp } from './dashboard-seed';

/** Today is Friday 10 April 2026 (dashboard-seed's NOW); reviews are due 12 months after the last one. */
describe('Today: register reviews due and overdue, and the DPIAs owed', () => {
  let app: DeskApp;
  beforeEach(async () => {
    app = await openDesk();
  });
  afterEach(async () => {
    await app.dispose();
    app.tmp.cleanup();
  });

  const activity = (name: string, lastReviewedOn: string) => ({ activity: { name, purposes: [{ purpose: name, legalBasis: 'contract' as const }], retention: '2 years', lastReviewedOn } });

  it('counts each register’s overdue and coming reviews exactly, past the list’s cap', async () => {
    // 55 activities last reviewed in March 2025: all overdue, more than the rows shown.
    for (let i = 1; i <= 55; i += 1) await call(app, 'registers.saveActivity', activity(`Overdue activity ${i}`, '2025-03-01'));
    await call(app, 'registers.saveActivity', activity('Review in a fortnight', '2025-04-24'));
    await call(app, 'registers.saveActivity', activity('Review today', '2025-04-10'));
    await call(app, 'registers.saveActivity', activity('Review next year', '2026-01-10'));
    const late = await call(app, 'registers.saveProcessor', { processor: { name: 'Stripe', service: 'Payments', country: 'US', lastReviewedOn: '2025-01-31' } });
    await call(app, 'registers.saveProcessor', { processor: { name: 'AWS', service: 'Hosting', country: 'IE', lastReviewedOn: '2026-02-01' } });
    await call(app, 'registers.saveTransfer', { transfer: { recipient: 'Stripe, Inc.', country: 'US', processorId: late.id, ground: 'scc', sccModule: 'c2p', lastReviewedOn: '2025-05-09' } });

    const { registerReviews } = await call(app, 'dashboard.get', {});
    expect(registerReviews.horizonDays).toBe(30);
    expect(registerReviews.counts.activity).toEqual({ overdue: 55, dueSoon: 2 });
    expect(registerReviews.counts.processor).toEqual({ overdue: 1, dueSoon: 0 });
    expect(registerReviews.counts.transfer).toEqual({ overdue: 0, dueSoon: 1 });
    expect(registerReviews.rows).toHaveLength(LIST_LIMIT);
    expect(registerReviews.rows[0]).toMatchObject({ kind: 'processor', name: 'Stripe', date: '2026-01-31', overdue: true });
    expect(registerReviews.rows.every((row) => row.overdue)).toBe(true);
    // Every activity here is unscreened: 58 never screened, none owed.
    expect(registerReviews.counts.dpia).toEqual({ overdue: 0, dueSoon: 58 });
  });

  it('lists a DPIA the screening calls for until its document is on file', async () => {
    const scoring = await call(app, 'registers.saveActivity', activity('Lead scoring', '2026-03-01'));
    await call(app, 'registers.screenDpia', { id: scoring.id, screening: { criteria: ['evaluation-scoring', 'large-scale'], outcome: 'required', screenedOn: '2026-03-02' } });
    let { registerReviews } = await call(app, 'dashboard.get', {});
    expect(registerReviews.counts.dpia).toEqual({ overdue: 1, dueSoon: 0 });
    expect(registerReviews.rows).toEqual([{ kind: 'dpia', id: scoring.id, name: `${scoring.reference} Lead scoring`, date: null, overdue: true }]);

    await call(app, 'registers.screenDpia', { id: scoring.id, screening: { criteria: ['evaluation-scoring', 'large-scale'], outcome: 'required', screenedOn: '2026-03-02', dpiaFile: 'DPIA/lead-scoring.pdf' } });
    ({ registerReviews } = await call(app, 'dashboard.get', {}));
    expect(registerReviews.counts.dpia).toEqual({ overdue: 0, dueSoon: 0 });
    expect(registerReviews.rows).toEqual([]);
  });
});
