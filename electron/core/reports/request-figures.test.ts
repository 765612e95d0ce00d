import { describe, expect, it } from 'vitest';
import { toJsonText } from '../../../db/json-text';
import { RequestFiguresBuilder, type RequestFactsRow } from './request-figures';

const row = (over: Partial<RequestFactsRow>): RequestFactsRow => ({
  regime: 'gdpr', types: toJsonText(['access' as const]), status: 'responded', is_open: 0, received_date: '2026-03-02', time_zone: 'Europe/Rome',
  closed_at: '2026-03-20T09:00:00Z', legal_binding_due: '2026-04-02', legal_extended_due: null, org_due: '2026-03-25', extended_at: null, outcome: 'fulfilled',
  refusal_ground: null, identity_outcome: 'verified', reference: '2026-0001', legal_days_late: 0, org_days_late: 0, client_id: null, client_name: null, forward_by: null, forwarded_on: null, ...over,
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

  it('names the requests open past the legal deadline with the days overdue', () => {
    const figures = new RequestFiguresBuilder('2026-04-05');
    const open = { status: 'received' as const, is_open: 1, closed_at: null, outcome: null };
    figures.add(row({ ...open, reference: '2026-0007', legal_binding_due: '2026-03-26' }));
    figures.add(row({ ...open, reference: '2026-0006', legal_binding_due: '2026-04-10' }));
    expect(figures.result().openOverdue).toEqual([{ reference: '2026-0007', regime: 'gdpr', status: 'received', received: '2026-03-02', legalDue: '2026-03-26', daysOverdue: 10, extensionInEffect: null }]);
  });

  it('judges requests handled as processor on forwarding within the agreement, never against Art. 12(3) or the commitment', () => {
    const figures = new RequestFiguresBuilder('2026-04-20');
    const client = { client_id: 'c1', client_name: 'Blu Mobility SpA', status: 'received' as const, is_open: 1, closed_at: null, outcome: null };
    // Past the law's date and the commitment's, forwarded in time: not overdue, not late.
    figures.add(row({ ...client, reference: '2026-0010', legal_binding_due: '2026-04-02', org_due: '2026-03-25', forward_by: '2026-03-12', forwarded_on: '2026-03-10' }));
    // Forwarded two days after the agreement's date.
    figures.add(row({ ...client, reference: '2026-0011', is_open: 0, status: 'responded', closed_at: '2026-03-20T09:00:00Z', legal_days_late: 0, forward_by: '2026-03-12', forwarded_on: '2026-03-14' }));
    // Not forwarded, the agreement's date passed five days before the report's date.
    figures.add(row({ ...client, reference: '2026-0012', legal_binding_due: '2026-05-02', forward_by: '2026-04-15', forwarded_on: null }));
    // Not forwarded, still in time.
    figures.add(row({ ...client, reference: '2026-0013', legal_binding_due: '2026-05-20', forward_by: '2026-04-25', forwarded_on: null }));
    // No time agreed.
    figures.add(row({ ...client, reference: '2026-0014', legal_binding_due: '2026-05-20', forward_by: null, forwarded_on: null }));
    const result = figures.result();
    expect(result.overdue).toBe(0);
    expect(result.overdueCommitment).toBe(0);
    expect(result.openOverdue).toEqual([]);
    expect(result.withinLegalDeadline.of).toBe(0);
    expect(result.late).toEqual([]);
    expect(result.byRole.processor).toEqual({ received: 5, closed: 1, open: 4, overdue: 1 });
    expect(result.asProcessor).toEqual({
      received: 5,
      forwardedInTime: { count: 1, of: 3, share: 0.333 },
      noAgreedTime: 1,
      late: [
        { reference: '2026-0011', client: 'Blu Mobility SpA', forwardBy: '2026-03-12', forwardedOn: '2026-03-14', daysLate: 2 },
        { reference: '2026-0012', client: 'Blu Mobility SpA', forwardBy: '2026-04-15', forwardedOn: null, daysLate: 5 },
      ],
    });
  });
});
