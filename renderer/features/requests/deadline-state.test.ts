import { describe, expect, it } from 'vitest';
import type { RequestSummary } from '../../../electron/shared/requests';
import { deadlineState, deadlineTone } from './deadline-state';

type Clocks = Parameters<typeof deadlineState>[0];

function clocks(patch: Partial<Clocks>): Clocks {
  const base: Pick<RequestSummary, 'status' | 'legal' | 'organisation' | 'effective' | 'overdue' | 'slaBreached'> = {
    status: 'in-progress',
    legal: { date: '2026-04-30', daysLeft: 10 },
    organisation: { date: '2026-04-25', daysLeft: 5 },
    effective: { date: '2026-04-25', daysLeft: 5, drivenBy: 'organisation' },
    overdue: false,
    slaBreached: false,
  };
  return { ...base, ...patch };
}

describe('deadlineState', () => {
  it('counts the days left on the clock that ends first', () => {
    expect(deadlineState(clocks({}))).toEqual({ kind: 'left', days: 5 });
  });

  it('says due today on the last day', () => {
    expect(deadlineState(clocks({ effective: { date: '2026-04-20', daysLeft: 0, drivenBy: 'legal' } }))).toEqual({ kind: 'today' });
  });

  it('is overdue (red) past the legal deadline, counting the legal clock', () => {
    const state = deadlineState(
      clocks({
        overdue: true,
        legal: { date: '2026-04-01', daysLeft: -12 },
        organisation: { date: '2026-03-25', daysLeft: -19 },
        effective: { date: '2026-03-25', daysLeft: -19, drivenBy: 'organisation' },
      }),
    );
    expect(state).toEqual({ kind: 'overdue', days: 12 });
    expect(deadlineTone(state)).toBe('danger');
  });

  it('is amber past only the organisation commitment', () => {
    const state = deadlineState(
      clocks({ slaBreached: true, organisation: { date: '2026-04-17', daysLeft: -3 }, effective: { date: '2026-04-17', daysLeft: -3, drivenBy: 'organisation' } }),
    );
    expect(state).toEqual({ kind: 'past-commitment', days: 3 });
    expect(deadlineTone(state)).toBe('warning');
  });

  it('counts nothing once the request is closed, or when no period applies', () => {
    expect(deadlineState(clocks({ status: 'responded', overdue: false }))).toEqual({ kind: 'closed' });
    expect(deadlineState(clocks({ status: 'withdrawn' }))).toEqual({ kind: 'closed' });
    expect(deadlineState(clocks({ effective: { date: null, daysLeft: null, drivenBy: null } }))).toEqual({ kind: 'none' });
    expect(deadlineTone({ kind: 'closed' })).toBe('muted');
    expect(deadlineTone({ kind: 'left', days: 3 })).toBe('neutral');
  });

  it('counts a request held as processor to the agreement’s date to forward it, never to the controller’s Art. 12(3) date (review 5, E1)', () => {
    // Today is 20 April (the legal clock's 30 April less 10 days); the law's and the commitment's dates are the client's.
    const held = (forwardBy: string | null, forwardedOn: string | null) =>
      deadlineState(clocks({ overdue: true, processorFor: { clientId: 'c1', clientName: 'Blu Mobility SpA', forwardBy, forwardedOn } }));
    expect(held('2026-04-17', null)).toEqual({ kind: 'overdue', days: 3 });
    expect(held('2026-04-20', null)).toEqual({ kind: 'today' });
    expect(held('2026-04-23', null)).toEqual({ kind: 'left', days: 3 });
    expect(held('2026-04-17', '2026-04-16')).toEqual({ kind: 'none' });
    expect(held(null, null)).toEqual({ kind: 'none' });
  });
});
