import { describe, expect, it } from 'vitest';
import { commitmentsBeyondLaw, type CommitmentCheckInput } from './commitments-beyond-law';
import type { OrganisationCommitments } from './organisation-clock';

const noventia: OrganisationCommitments = { responseDays: 30, complexResponseDays: 60, acknowledgeDays: 2 };
const check = (commitments: OrganisationCommitments, regimes: CommitmentCheckInput['regimes'], days = 366) =>
  commitmentsBeyondLaw({ commitments, regimes, from: '2027-01-01', days, gdprExtension: 'from-receipt', ccpaBusinessDays: 'california' });

describe('commitmentsBeyondLaw', () => {
  it('flags 30 days against the GDPR month: later for receipts at the end of January, with the first such date', () => {
    const [finding, ...rest] = check(noventia, [{ regime: 'gdpr', country: 'IT' }]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      commitment: 'response',
      days: 30,
      regime: 'gdpr',
      legal: { amount: 1, unit: 'months', citationId: 'gdpr-art-12-3' },
      shortestLegalDays: 28,
      datesTried: 366,
      // One month from Sun 31 Jan 2027 ends Sun 28 Feb, rolled to Mon 1 Mar; 30 days end Tue 2 Mar.
      example: { received: '2027-01-31', legalDate: '2027-03-01', commitmentDate: '2027-03-02' },
    });
    expect(finding?.types).toContain('access');
    expect(finding?.datesLater).toBeGreaterThan(0);
    expect(finding?.datesLater).toBeLessThan(366);
  });

  it('cites the UK month as the letters do, Art. 12(3) with Art. 12A, and names the types due on receipt it does not apply to (review 4, D1, D38)', () => {
    const [finding] = check(noventia, [{ regime: 'uk-gdpr', country: 'GB-ENG' }]);
    expect(finding).toMatchObject({ regime: 'uk-gdpr', allTypes: true, legal: { amount: 1, unit: 'months', citationId: 'uk-gdpr-art-12-3-12a' } });
    expect(finding?.types).not.toContain('marketing-opt-out');
    expect(finding?.notApplied).toEqual({ types: ['consent-withdrawal', 'marketing-opt-out'], citationIds: ['uk-gdpr-art-7-3', 'uk-gdpr-art-21-3'] });
    const [ccpa] = check(noventia, [{ regime: 'ccpa', country: 'US-CA' }]);
    expect(ccpa?.notApplied).toEqual({ types: [], citationIds: [] });
  });

  it('keeps a promise no longer than any month (28 days) and 60 days for complex requests (three months) unflagged', () => {
    expect(check({ responseDays: 28, complexResponseDays: 60, acknowledgeDays: null }, [{ regime: 'gdpr', country: 'IT' }])).toEqual([]);
  });

  it('compares calendar days with business days by date: 30 days always outlast the CCPA 15 business days for opt-out and limit, each cited by its own section (review 5, E9)', () => {
    const findings = check({ responseDays: 30, complexResponseDays: null, acknowledgeDays: 2 }, [{ regime: 'ccpa', country: 'US-CA' }]);
    expect(findings).toHaveLength(2);
    // Fri 1 Jan 2027 is New Year's Day: 15 business days run from Mon 4 Jan, with Martin Luther King Day off, to Mon 25 Jan.
    const same = { commitment: 'response', datesLater: 366, example: { received: '2027-01-01', legalDate: '2027-01-25', commitmentDate: '2027-01-31' } };
    expect(findings[0]).toMatchObject({ ...same, types: ['opt-out'], legal: { amount: 15, unit: 'business-days', citationId: 'ccpa-regs-7026-f' } });
    expect(findings[1]).toMatchObject({ ...same, types: ['limit'], legal: { amount: 15, unit: 'business-days', citationId: 'ccpa-regs-7027-g' } });
  });

  // Ten business days take 12 calendar days at the fewest (received on a Sunday), 14 from a Friday.
  it('flags an acknowledgement promised in more calendar days than 10 CCPA business days, only on the dates it outlasts them', () => {
    const findings = check({ responseDays: null, complexResponseDays: null, acknowledgeDays: 15 }, [{ regime: 'ccpa', country: 'US-CA' }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ commitment: 'acknowledge', days: 15, types: ['know', 'delete', 'correct'], legal: { amount: 10, unit: 'business-days' }, shortestLegalDays: 12 });
    expect(findings[0]?.datesLater).toBeLessThan(366);
    expect(check({ responseDays: null, complexResponseDays: null, acknowledgeDays: 12 }, [{ regime: 'ccpa', country: 'US-CA' }])).toEqual([]);
  });

  it('holds the complex-request promise against the extended period, or the plain one where the law allows no extension', () => {
    const ccpa = check({ responseDays: null, complexResponseDays: 91, acknowledgeDays: null }, [{ regime: 'ccpa', country: 'US-CA' }], 40);
    expect(ccpa.map((f) => [f.commitment, f.types[0], f.legal.amount, f.legal.unit])).toEqual([
      ['complexResponse', 'know', 90, 'calendar-days'],
      ['complexResponse', 'opt-out', 15, 'business-days'],
      ['complexResponse', 'limit', 15, 'business-days'],
    ]);
    const lgpd = check({ responseDays: null, complexResponseDays: 20, acknowledgeDays: null }, [{ regime: 'lgpd', country: 'BR' }], 10);
    expect(lgpd).toMatchObject([{ commitment: 'complexResponse', types: ['confirmation', 'access'], legal: { amount: 15, unit: 'calendar-days' }, datesLater: 10 }]);
  });

  it('compares nothing where the law sets no period, a reasonable period only, or lets the controller name the new date', () => {
    const regimes: CommitmentCheckInput['regimes'] = [
      { regime: 'au-privacy', country: 'AU' },
      { regime: 'ch-fadp', country: 'CH' },
    ];
    const findings = check({ responseDays: 20, complexResponseDays: 200, acknowledgeDays: 30 }, regimes, 30);
    expect(findings).toEqual([]);
  });

  it('finds nothing when no promise is made', () => {
    expect(check({ responseDays: null, complexResponseDays: null, acknowledgeDays: null }, [{ regime: 'gdpr', country: 'IT' }, { regime: 'ccpa', country: 'US-CA' }])).toEqual([]);
  });
});
