import { describe, expect, it } from 'vitest';
import type { Regime, RequestType } from '../../shared/regimes';
import { DEFAULT_JURISDICTION, compareClocks, type ClockStop, type OrganisationCommitments } from '../deadlines';
import { computeRequestDeadlines } from './request-deadlines';

/** The first customer's published promise: 30 days, 60 for complex requests. */
const noventia: OrganisationCommitments = { responseDays: 30, complexResponseDays: 60, acknowledgeDays: 2 };

interface Case {
  regime: Regime;
  type: RequestType;
  received: string;
  country?: string;
  extended?: boolean;
  pauses?: ClockStop[];
}

/** The request's deadlines as the service computes and stores them, read as the two clocks. */
function clocks({ regime, type, received, country, extended = false, pauses = [] }: Case) {
  const d = computeRequestDeadlines(
    { regime, types: [type], receivedDate: received, jurisdiction: country ?? DEFAULT_JURISDICTION[regime] ?? '', extended, complex: false, clockStops: pauses },
    noventia,
  );
  return {
    respond: { legal: extended ? (d.legalExtendedDue ?? d.legalDue) : d.legalDue, organisation: d.orgDue, effective: d.effectiveDue, drivenBy: d.drivenBy },
    acknowledge: compareClocks(d.acknowledgeBy, d.orgAcknowledgeBy),
  };
}

describe('the legal and the organisation clocks of one request', () => {

  it.each([
    ['gdpr', 'marketing-opt-out'],
    ['gdpr', 'consent-withdrawal'],
    ['uk-gdpr', 'marketing-opt-out'],
    ['uk-gdpr', 'consent-withdrawal'],
  ] as const)('%s %s is due on receipt: no promise in days applies, the commitment date is the law\'s (Arts 21(3), 7(3); review 4, D1)', (regime, type) => {
    const combined = clocks({ regime, type, received: '2026-01-19', country: regime === 'gdpr' ? 'IT' : undefined });
    expect(combined.respond).toEqual({ legal: '2026-01-19', organisation: '2026-01-19', effective: '2026-01-19', drivenBy: 'both' });
    const d = computeRequestDeadlines(
      { regime, types: [type], receivedDate: '2026-01-19', jurisdiction: regime === 'gdpr' ? 'IT' : (DEFAULT_JURISDICTION[regime] ?? ''), extended: false, complex: true, clockStops: [] },
      noventia,
    );
    expect(d.orgDue).toBe('2026-01-19');
    expect(d.explanations.join('\n')).toContain('the promise of 60 days does not apply: the law wants this request acted on when it arrives → Mon 19 Jan 2026');
  });

  it('a request that joins an access to a marketing objection is due on receipt on both clocks: the earliest type binds', () => {
    const d = computeRequestDeadlines({ regime: 'gdpr', types: ['access', 'marketing-opt-out'], receivedDate: '2026-01-19', jurisdiction: 'IT', extended: false, complex: false, clockStops: [] }, noventia);
    expect([d.legalDue, d.orgDue]).toEqual(['2026-01-19', '2026-01-19']);
  });
  it.each([
    // [received, extended, legal, organisation, effective, drivenBy]
    ['2026-03-31', false, '2026-04-30', '2026-04-30', '2026-04-30', 'both'],
    ['2026-07-01', false, '2026-08-03', '2026-07-31', '2026-07-31', 'organisation'], // 31 days in July
    ['2026-02-01', false, '2026-03-02', '2026-03-03', '2026-03-02', 'legal'], // short February
    ['2026-03-31', true, '2026-06-30', '2026-05-30', '2026-05-30', 'organisation'],
  ] as const)('GDPR (IT) received %s, extended %s: legal %s vs organisation %s → %s (%s)', (received, extended, legal, organisation, effective, drivenBy) => {
    const combined = clocks({ regime: 'gdpr', type: 'access', received, country: 'IT', extended });
    expect(combined.respond).toEqual({ legal, organisation, effective, drivenBy });
  });

  it('compares the acknowledgement clocks too (CCPA has a legal one)', () => {
    const combined = clocks({ regime: 'ccpa', type: 'know', received: '2026-03-23' });
    expect(combined.acknowledge).toEqual({ legal: '2026-04-07', organisation: '2026-03-25', effective: '2026-03-25', drivenBy: 'organisation' });
    expect(combined.respond).toEqual({ legal: '2026-05-07', organisation: '2026-04-22', effective: '2026-04-22', drivenBy: 'organisation' });
  });

  it('lets the organisation drive alone where the law has no date', () => {
    const noPeriod = clocks({ regime: 'lgpd', type: 'correction', received: '2026-03-01' });
    expect(noPeriod.respond).toEqual({ legal: null, organisation: '2026-03-31', effective: '2026-03-31', drivenBy: 'organisation' });
    const stopped = clocks({ regime: 'uk-gdpr', type: 'access', received: '2026-03-02', pauses: [{ reason: 'identity', from: '2026-03-02', to: null }] });
    expect(stopped.respond).toMatchObject({ legal: null, effective: '2026-04-01', drivenBy: 'organisation' });
  });
});
