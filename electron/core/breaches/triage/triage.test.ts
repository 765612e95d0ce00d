import { describe, expect, it } from 'vitest';
import published from '../../../../test/fixtures/breach-cases/published-cases.json';
import { testFacts } from '../../../../test/fixtures/breach-cases/test-facts';
import { AppError } from '../../errors';
import { triageBreach, triageBreachFacts } from './triage';
import { reasonFactors } from '../../../shared/triage-result';

describe('triageBreach', () => {
  it('returns exactly the documented fields, in order', () => {
    const result = triageBreach(testFacts());
    expect(Object.keys(result)).toEqual(['severity', 'risk', 'notifyAuthority', 'notifySubjects', 'authorityDeadline', 'authorities', 'authorityBasis', 'reasons']);
    expect(Object.keys(result.severity)).toEqual(['score', 'level']);
  });

  it('explains a ransomware exfiltration in full', () => {
    const result = triageBreach(
      testFacts({
        awareAt: '2026-03-27T10:00:00+01:00',
        confidentiality: 'unknown-recipients',
        availability: 'permanent',
        maliciousIntent: true,
        dataCategories: ['identity', 'payment-card'],
        subjects: 5000,
      }),
    );
    expect(result.reasons.every((reason) => reason.messages.length > 0)).toBe(true);
    expect({ ...result, reasons: result.reasons.map(({ factor, text }) => ({ factor, text })) }).toEqual({
      severity: { score: 4.5, level: 'very-high' },
      risk: 'high-risk',
      notifyAuthority: true,
      notifySubjects: true,
      authorityDeadline: '2026-03-30T10:00:00+01:00',
      authorities: [],
      authorityBasis: 'unknown',
      reasons: [
        {
          factor: 'severity',
          text: 'ENISA severity 4.50 = DPC 3 × EI 1 + CB 1.5: very high, meaning people may suffer significant or even irreversible consequences, which they may not overcome.',
        },
        {
          factor: 'fraud-exposure',
          text: 'Payment card data reached unknown recipients: people are exposed to identity theft or fraud, a high risk, and telling them lets them protect themselves (EDPB 01/2021 cases 04, 07, 14).',
        },
        {
          factor: 'malicious-exfiltration',
          text: 'Readable data was taken deliberately by unknown parties: it is likely to be used against the people, a high risk (EDPB 01/2021 cases 04, 05, 11).',
        },
        { factor: 'data-categories', text: 'Data involved: identity data and payment card data. The most critical, payment card data, is ENISA financial data (DPC 3).' },
        { factor: 'identifiability', text: 'Ease of identification: maximum (EI 1).' },
        { factor: 'confidentiality', text: 'Exposed to an unknown number of recipients (CB +0.5).' },
        { factor: 'availability', text: 'Lost for good (CB +0.5).' },
        { factor: 'malicious-intent', text: 'Caused deliberately: theft, attack or misuse (CB +0.5).' },
      ],
    });
  });

  it('recommends no notification for a misdirected parcel, and says to record it', () => {
    const result = triageBreach(testFacts({ subjects: 2 }));
    expect(result).toMatchObject({ severity: { score: 1.25, level: 'low' }, risk: 'unlikely', notifyAuthority: false, notifySubjects: false });
    expect(result.reasons.map((reason) => reason.factor)).toEqual(['severity', 'data-categories', 'identifiability', 'confidentiality']);
    expect(result.reasons[0]?.text).toContain('Record it in the breach register (Art. 33(5))');
  });

  it('mentions the vulnerable-people adjustment and the credentials rule in words', () => {
    const result = triageBreach(testFacts({ dataCategories: ['credentials'], vulnerableSubjects: true }));
    const text = (factor: string) => result.reasons.find((reason) => reason.factor === factor)?.text;
    expect(text('vulnerable-subjects')).toContain('ENISA raises the DPC by 1 for vulnerable people (DPC 3).');
    expect(text('data-categories')).toContain('Login credentials count for what they unlock (ENISA)');
  });

  it('always gives the deadline, even when no notification is recommended', () => {
    expect(triageBreach(testFacts({ awareAt: '2026-10-23T09:30:00+02:00' })).authorityDeadline).toBe('2026-10-26T09:30:00+02:00');
  });

  it.each(published.cases.map((entry) => [entry.id, entry] as const))('keeps its invariants for %s', (_id, entry) => {
    const result = triageBreachFacts(entry.facts);
    const factors = result.reasons.map((reason) => reason.factor);
    expect(new Set(factors).size).toBe(factors.length);
    for (const factor of factors) expect(reasonFactors).toContain(factor);
    expect(factors[0]).toBe('severity');
    for (const reason of result.reasons) expect(reason.text).toMatch(/^[A-Z].*[.)]$/);
    expect(result.notifyAuthority).toBe(result.risk !== 'unlikely');
    expect(result.notifySubjects).toBe(result.risk === 'high-risk');
    expect(triageBreachFacts(entry.facts)).toEqual(result);
  });
});

describe('triageBreachFacts', () => {
  it('refuses invalid facts with a VALIDATION error naming the field', () => {
    expect(() => triageBreachFacts({ ...published.cases[0]?.facts, subjects: 0 })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', message: 'Invalid breach facts: subjects: must be at least 1' }),
    );
    expect(() => triageBreachFacts('{}')).toThrow(AppError);
  });
});

describe('ENISA context of the data', () => {
  it('lowers the score for data that reveals less than its category, and says so with the step as ours', () => {
    const base = { awareAt: '2026-03-27T10:00:00+01:00', confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: false, dataCategories: ['financial'], subjects: 40 } as const;
    const plain = triageBreachFacts({ ...base });
    const less = triageBreachFacts({ ...base, revealsLess: true });
    expect(less.severity.score).toBe(plain.severity.score - 1);
    const reason = less.reasons.find((r) => r.factor === 'dpc-context');
    expect(reason?.text).toContain('reveals less than its category suggests: ENISA lowers the data score (-1)');
    expect(reason?.text).toContain('one level per factor is our step');
    expect(plain.reasons.some((r) => r.factor === 'dpc-context')).toBe(false);
  });
});
