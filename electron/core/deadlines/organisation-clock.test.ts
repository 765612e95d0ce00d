import { describe, expect, it } from 'vitest';
import { computeDeadlines } from './compute-deadlines';
import { OrganisationCommitmentsSchema, combineDeadlines, compareClocks, computeOrganisationClock, type OrganisationCommitments } from './organisation-clock';

/** The first customer's published promise: 30 days, 60 for complex requests. */
const noventia: OrganisationCommitments = { responseDays: 30, complexResponseDays: 60, acknowledgeDays: 2 };

describe("the organisation's clock", () => {
  it('counts calendar days from receipt and uses the complex promise only when extended', () => {
    expect(computeOrganisationClock('2026-03-31', noventia, false)).toEqual({
      due: '2026-04-30',
      dueBasis: 'response',
      acknowledgeBy: '2026-04-02',
      line: expect.objectContaining({ head: { key: 'msg.deadline.organisation.head' } }),
      explanation:
        "Organisation's commitments: respond 30 calendar days after Tue 31 Mar 2026 → Thu 30 Apr 2026; acknowledge 2 calendar days after Tue 31 Mar 2026 → Thu 2 Apr 2026",
    });
    expect(computeOrganisationClock('2026-03-31', noventia, true)).toMatchObject({ due: '2026-05-30', dueBasis: 'complex-response' });
    // No promise for complex requests: the ordinary promise still stands.
    expect(computeOrganisationClock('2026-03-31', { ...noventia, complexResponseDays: null }, true)).toMatchObject({ due: '2026-04-30', dueBasis: 'response' });
    expect(computeOrganisationClock('2026-03-31', { responseDays: null, complexResponseDays: null, acknowledgeDays: null }, false)).toEqual({
      due: null,
      dueBasis: null,
      acknowledgeBy: null,
      line: { head: { key: 'msg.deadline.organisation.none' }, steps: [], citations: [] },
      explanation: 'The organisation has made no commitment',
    });
  });

  it.each([
    // [received, extended, legal, organisation, effective, drivenBy]
    ['2026-03-31', false, '2026-04-30', '2026-04-30', '2026-04-30', 'both'],
    ['2026-07-01', false, '2026-08-03', '2026-07-31', '2026-07-31', 'organisation'], // 31 days in July
    ['2026-02-01', false, '2026-03-02', '2026-03-03', '2026-03-02', 'legal'], // short February
    ['2026-03-31', true, '2026-06-30', '2026-05-30', '2026-05-30', 'organisation'],
  ] as const)('GDPR (IT) received %s, extended %s: legal %s vs organisation %s → %s (%s)', (received, extended, legal, organisation, effective, drivenBy) => {
    const combined = combineDeadlines(computeDeadlines({ regime: 'gdpr', type: 'access', received, country: 'IT', extended }), noventia);
    expect(combined.respond).toEqual({ legal, organisation, effective, drivenBy });
  });

  it('compares the acknowledgement clocks too (CCPA has a legal one)', () => {
    const combined = combineDeadlines(computeDeadlines({ regime: 'ccpa', type: 'know', received: '2026-03-23' }), noventia);
    expect(combined.acknowledge).toEqual({ legal: '2026-04-07', organisation: '2026-03-25', effective: '2026-03-25', drivenBy: 'organisation' });
    expect(combined.respond).toEqual({ legal: '2026-05-07', organisation: '2026-04-22', effective: '2026-04-22', drivenBy: 'organisation' });
  });

  it('lets the organisation drive alone where the law has no date', () => {
    const noPeriod = combineDeadlines(computeDeadlines({ regime: 'lgpd', type: 'correction', received: '2026-03-01' }), noventia);
    expect(noPeriod.respond).toEqual({ legal: null, organisation: '2026-03-31', effective: '2026-03-31', drivenBy: 'organisation' });
    const stopped = combineDeadlines(
      computeDeadlines({ regime: 'uk-gdpr', type: 'access', received: '2026-03-02', pauses: [{ reason: 'identity', from: '2026-03-02', to: null }] }),
      noventia,
    );
    expect(stopped.respond).toMatchObject({ legal: null, effective: '2026-04-01', drivenBy: 'organisation' });
  });

  it('has no effective date when neither clock has one', () => {
    expect(compareClocks(null, null)).toEqual({ legal: null, organisation: null, effective: null, drivenBy: null });
    expect(compareClocks('2026-01-10', null)).toEqual({ legal: '2026-01-10', organisation: null, effective: '2026-01-10', drivenBy: 'legal' });
  });

  it('validates commitments', () => {
    expect(OrganisationCommitmentsSchema.safeParse(noventia).success).toBe(true);
    expect(OrganisationCommitmentsSchema.safeParse({ ...noventia, responseDays: 0 }).success).toBe(false);
    expect(OrganisationCommitmentsSchema.safeParse({ ...noventia, responseDays: 2.5 }).success).toBe(false);
  });
});
