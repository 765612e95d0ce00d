import { describe, expect, it } from 'vitest';
import { testFacts } from '../../../../test/fixtures/breach-cases/test-facts';
import { triageBreach, type TriageResult } from '../triage';
import { decisionIssue, followsRecommendation, recommendationChanged } from './decision-rules';

const highRisk = triageBreach(
  testFacts({ confidentiality: 'unknown-recipients', availability: 'days', maliciousIntent: true, dataCategories: ['identity', 'health'], subjects: 4800 }),
);
const risk: TriageResult = { ...highRisk, risk: 'risk', notifySubjects: false };

describe('decision rules', () => {
  it('needs an Art. 34(3) ground to keep a likely high risk from the people', () => {
    expect(highRisk.notifySubjects).toBe(true);
    expect(decisionIssue({ notifyAuthority: true, notifySubjects: false, art34Exemption: null }, highRisk)?.path).toBe('art34Exemption');
    expect(decisionIssue({ notifyAuthority: true, notifySubjects: false, art34Exemption: 'b' }, highRisk)).toBeNull();
    expect(decisionIssue({ notifyAuthority: true, notifySubjects: true, art34Exemption: null }, highRisk)).toBeNull();
  });

  it('leaves the authority to the DPO’s documented judgement', () => {
    expect(decisionIssue({ notifyAuthority: false, notifySubjects: false, art34Exemption: null }, risk)).toBeNull();
    expect(followsRecommendation({ notifyAuthority: false, notifySubjects: false }, risk)).toBe(false);
    expect(followsRecommendation({ notifyAuthority: true, notifySubjects: false }, risk)).toBe(true);
  });

  it('calls a decision stale when the outcome or band changes, not for a new score within them', () => {
    expect(recommendationChanged(highRisk, highRisk)).toBe(false);
    expect(recommendationChanged(highRisk, { ...highRisk, severity: { ...highRisk.severity, score: highRisk.severity.score + 0.01 } })).toBe(false);
    expect(recommendationChanged(highRisk, risk)).toBe(true);
    expect(recommendationChanged(highRisk, { ...highRisk, severity: { score: 1, level: 'low' } })).toBe(true);
    expect(recommendationChanged(highRisk, null)).toBe(true);
  });
});
