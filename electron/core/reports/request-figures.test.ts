import { describe, expect, it } from 'vitest';
import { toJsonText } from '../../../db/json-text';
import { RequestFiguresBuilder, type RequestFactsRow } from './request-figures';

const row = (over: Partial<RequestFactsRow>): RequestFactsRow => ({
  regime: 'gdpr', types: toJsonText(['access' as const]), status: 'responded', is_open: 0, received_date: '2026-03-02', time_zone: 'Europe/Rome',
  closed_at: '2026-03-20T09:00:00Z', legal_binding_due: '2026-04-02', org_due: '2026-03-25', extended_at: null, outcome: 'fulfilled',
  refusal_ground: null, identity_outcome: 'verified', reference: '2026-0001', legal_days_late: 0, org_days_late: 0, client_id: null, ...over,
});

describe('the request figures', () => {
  it('counts "no data held" as an answer of its own, never as a refusal', () => {
    const figures = new RequestFiguresBuilder('2026-04-30');
    figures.add(row({ reference: '2026-0001', outcome: 'no-data-held' }));
    figures.add(row({ reference: '2026-0002', outcome: 'refused', refusal_ground: 'exemption' }));
    const result = figures.result();
    expect(result.noDataHeld).toBe(1);
    expect(result.refusalsByGround).toEqual({ exemption: 1 });
    expect(result.withinLegalDeadline).toMatchObject({ count: 2, of: 2 });
  });

  it('judges open requests against the law and against the commitment each on its own', () => {
    const figures = new RequestFiguresBuilder('2026-03-30');
    const open = { status: 'in-progress' as const, is_open: 1, closed_at: null, outcome: null };
    figures.add(row({ ...open, reference: '2026-0003', legal_binding_due: '2026-04-02', org_due: '2026-03-25' }));
    figures.add(row({ ...open, reference: '2026-0004', legal_binding_due: '2026-03-28', org_due: '2026-03-26' }));
    figures.add(row({ ...open, reference: '2026-0005', legal_binding_due: '2026-04-10', org_due: null }));
    const result = figures.result();
    expect(result.overdue).toBe(1);
    expect(result.overdueCommitment).toBe(2);
  });
});
