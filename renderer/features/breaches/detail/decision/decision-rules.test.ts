import { describe, expect, it } from 'vitest';
import { decisionInput, decisionIssues, departures, needsGround, type DecisionForm } from './decision-rules';

const highRisk = { notifyAuthority: true, notifySubjects: true };
const form = (patch: Partial<DecisionForm>): DecisionForm => ({ notifyAuthority: true, notifySubjects: true, rationale: 'Customers must change their cards.', art34Exemption: '', ...patch });

describe('decision rules', () => {
  it('accepts following the recommendation with a rationale of 10 characters or more', () => {
    expect(decisionIssues(form({}), highRisk)).toEqual([]);
    expect(decisionIssues(form({ rationale: ' too short ' }), highRisk)).toEqual(['rationale-short']);
    expect(departures(form({}), highRisk)).toEqual({ authority: false, subjects: false });
  });

  it('needs an Art. 34(3) ground to not tell the people against a high-risk recommendation', () => {
    expect(needsGround(highRisk, false)).toBe(true);
    expect(needsGround({ notifySubjects: false }, false)).toBe(false);
    expect(decisionIssues(form({ notifySubjects: false }), highRisk)).toEqual(['ground-required']);
    expect(decisionIssues(form({ notifySubjects: false, art34Exemption: 'a' }), highRisk)).toEqual([]);
    expect(departures(form({ notifySubjects: false }), highRisk)).toEqual({ authority: false, subjects: true });
  });

  it('sends the ground only when the people are not told', () => {
    expect(decisionInput(form({ art34Exemption: 'b' }))).toEqual({ notifyAuthority: true, notifySubjects: true, rationale: 'Customers must change their cards.' });
    expect(decisionInput(form({ notifySubjects: false, art34Exemption: 'c' }))).toMatchObject({ notifySubjects: false, art34Exemption: 'c' });
  });
});
