import { describe, expect, it } from 'vitest';
import { OrganisationCommitmentsSchema, compareClocks, computeOrganisationClock, type OrganisationCommitments } from './organisation-clock';

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
