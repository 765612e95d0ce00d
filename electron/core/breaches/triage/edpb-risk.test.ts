import { describe, expect, it } from 'vitest';
import { testFacts } from '../../../../test/fixtures/breach-cases/test-facts';
import type { BreachFactsInput } from '../../../shared/breach-facts';
import { assessRisk, LARGE_SCALE_SUBJECTS } from './edpb-risk';
import { assessSeverity } from './enisa-severity';
import { protectionsInForce } from './protections';
import { ReasonList } from './reason-list';

function riskOf(changes: Partial<BreachFactsInput>) {
  const facts = testFacts(changes);
  const protections = protectionsInForce(facts);
  const severity = assessSeverity(facts, protections);
  const reasons = new ReasonList();
  const risk = assessRisk(facts, severity, protections, reasons);
  const list = reasons.toArray();
  return { risk, score: severity.score, factors: list.map((reason) => reason.factor), text: (factor: string) => list.find((reason) => reason.factor === factor)?.text ?? '' };
}

describe('unlikely to result in a risk: nothing lasting is left', () => {
  it('unintelligible data disclosed, key safe', () => {
    const result = riskOf({ confidentiality: 'unknown-recipients', maliciousIntent: true, dataCategories: ['health', 'identity'], unintelligible: true });
    expect(result.risk).toBe('unlikely');
    expect(result.factors).toEqual(['unintelligible', 'no-lasting-effect']);
    expect(result.text('unintelligible')).toContain('Art. 34(3)(a)');
  });

  it('a trusted recipient who confirmed deletion', () => {
    const result = riskOf({ confidentiality: 'known-recipients', dataCategories: ['financial'], recipientTrusted: true });
    expect(result.risk).toBe('unlikely');
    expect(result.factors).toEqual(['recipient-trusted', 'no-lasting-effect']);
    expect(result.text('recipient-trusted')).toContain('case 09');
  });

  it('availability lost for hours and restored, ordinary data', () => {
    const result = riskOf({ confidentiality: 'none', availability: 'hours', maliciousIntent: true });
    expect(result.risk).toBe('unlikely');
    expect(result.factors).toEqual(['availability', 'no-lasting-effect']);
  });

  it('an alteration that was undone', () => {
    expect(riskOf({ confidentiality: 'none', integrity: 'recoverable' }).risk).toBe('unlikely');
  });

  it('but not for health data or vulnerable people, for whom hours count', () => {
    const health = riskOf({ confidentiality: 'none', availability: 'hours', dataCategories: ['health'] });
    expect(health.risk).toBe('risk');
    expect(health.text('availability')).toContain('concerns health data');
    const children = riskOf({ confidentiality: 'none', availability: 'hours', vulnerableSubjects: true });
    expect(children.risk).toBe('risk');
    expect(children.text('availability')).toContain('concerns vulnerable people');
  });
});

describe('protections set aside when other facts contradict them', () => {
  it('a trusted recipient must be a known one', () => {
    const result = riskOf({ confidentiality: 'unknown-recipients', recipientTrusted: true });
    expect(result.risk).toBe('risk');
    expect(result.text('confidentiality')).toContain('reached an unknown number of people');
    expect(result.factors).toContain('recipient-trusted');
    expect(result.text('recipient-trusted')).toContain('the recipients are unknown');
    expect(result.factors).not.toContain('no-lasting-effect');
  });

  it('a trusted recipient cannot have acted deliberately', () => {
    const result = riskOf({ confidentiality: 'known-recipients', maliciousIntent: true, recipientTrusted: true });
    expect(result.risk).toBe('risk');
    expect(result.text('recipient-trusted')).toContain('deliberate');
  });

  it('misuse shows the data was readable after all', () => {
    const result = riskOf({ confidentiality: 'unknown-recipients', maliciousIntent: true, unintelligible: true, misuseObserved: true });
    expect(result.risk).toBe('high-risk');
    expect(result.text('unintelligible')).toContain('it is treated as readable');
    expect(result.factors).toContain('misuse-observed');
  });
});

describe('high risk: an EDPB high-risk factor meets a lasting effect', () => {
  it('special categories disclosed', () => {
    const result = riskOf({ dataCategories: ['identity', 'sex-life'] });
    expect(result.risk).toBe('high-risk');
    expect(result.text('special-categories')).toBe(
      'Special-category data (sex life or sexual orientation) reached recipients not bound to keep it confidential: a breach of such data is likely to result in a high risk (Art. 9 GDPR; EDPB 01/2021 cases 03, 12).',
    );
  });

  it('special categories unavailable for days', () => {
    const result = riskOf({ confidentiality: 'none', availability: 'days', dataCategories: ['health'], maliciousIntent: true });
    expect(result.risk).toBe('high-risk');
    expect(result.text('special-categories')).toContain('was unavailable for days');
  });

  it('vulnerable people', () => {
    const result = riskOf({ confidentiality: 'known-recipients', vulnerableSubjects: true });
    expect(result.risk).toBe('high-risk');
    expect(result.factors).toContain('vulnerable-subjects');
  });

  it('exposure to identity theft or fraud', () => {
    const result = riskOf({ dataCategories: ['contact', 'credentials'] });
    expect(result.risk).toBe('high-risk');
    expect(result.text('fraud-exposure')).toMatch(/^Login credentials reached recipients not bound/);
  });

  it('fraud-prone data that was not disclosed is weighed by severity instead', () => {
    const result = riskOf({ confidentiality: 'none', availability: 'days', dataCategories: ['government-id'] });
    expect(result.factors).not.toContain('fraud-exposure');
    expect(result).toMatchObject({ risk: 'high-risk', score: 3.25 });
    expect(result.factors).toContain('severity');
  });

  it('malicious exfiltration of readable data', () => {
    const result = riskOf({ confidentiality: 'unknown-recipients', maliciousIntent: true });
    expect(result).toMatchObject({ risk: 'high-risk', score: 2 });
    expect(result.factors).toEqual(['malicious-exfiltration']);
  });

  it('but not when the data barely identifies anyone and the severity stays low', () => {
    const result = riskOf({ confidentiality: 'unknown-recipients', maliciousIntent: true, identifiability: 'limited' });
    expect(result).toMatchObject({ risk: 'risk', score: 1.5 });
    expect(result.factors).toEqual(['malicious-intent']);
  });

  it('large scale at medium severity or above', () => {
    expect(riskOf({ dataCategories: ['location'], subjects: LARGE_SCALE_SUBJECTS }).risk).toBe('high-risk');
    expect(riskOf({ dataCategories: ['location'], subjects: LARGE_SCALE_SUBJECTS - 1 }).risk).toBe('risk');
  });

  it('misuse already observed', () => {
    const result = riskOf({ confidentiality: 'none', misuseObserved: true });
    expect(result.risk).toBe('high-risk');
    expect(result.factors).toEqual(['misuse-observed']);
  });

  it('the high-risk factors do not apply on their own when people can hardly be identified', () => {
    const result = riskOf({ confidentiality: 'public', dataCategories: ['health'], identifiability: 'negligible' });
    expect(result).toMatchObject({ risk: 'unlikely', score: 1.5 });
    expect(result.factors).toEqual(['identifiability', 'severity']);
  });

  it('Art. 34(3)(a) does not cover a high risk that comes from lost availability', () => {
    const result = riskOf({ confidentiality: 'none', availability: 'permanent', dataCategories: ['health'], unintelligible: true });
    expect(result.risk).toBe('high-risk');
    expect(result.text('unintelligible')).toContain('Art. 34(3)(a) does not spare telling the people here');
  });
});

describe('otherwise the ENISA band decides', () => {
  it('low severity, but readable data published or sent to unknown people: a risk to notify', () => {
    const published = riskOf({ confidentiality: 'public', dataCategories: ['identity', 'contact'], subjects: 5400 });
    expect(published).toMatchObject({ risk: 'risk', score: 1.5 });
    expect(published.text('confidentiality')).toContain('made public');
    expect(riskOf({ confidentiality: 'unknown-recipients', dataCategories: ['contact'], subjects: 30 }).risk).toBe('risk');
    expect(riskOf({ confidentiality: 'known-recipients', dataCategories: ['contact'], subjects: 1 }).risk).toBe('unlikely');
  });

  it('high severity: high risk', () => {
    const result = riskOf({ dataCategories: ['financial'] });
    expect(result).toMatchObject({ risk: 'high-risk', score: 3.25, factors: ['severity'] });
  });

  it('medium severity: risk', () => {
    expect(riskOf({ dataCategories: ['location'] })).toMatchObject({ risk: 'risk', score: 2.25, factors: ['severity'] });
  });

  it('low severity with data unavailable for days: risk', () => {
    const result = riskOf({ confidentiality: 'none', availability: 'days' });
    expect(result).toMatchObject({ risk: 'risk', score: 1.25, factors: ['availability'] });
  });

  it('low severity with data altered for good: risk', () => {
    expect(riskOf({ confidentiality: 'none', integrity: 'unrecoverable' })).toMatchObject({ risk: 'risk', factors: ['integrity'] });
  });

  it('low severity at large scale: risk', () => {
    const result = riskOf({ confidentiality: 'unknown-recipients', subjects: 25_000 });
    expect(result).toMatchObject({ risk: 'risk', score: 1.5, factors: ['large-volume'] });
    expect(result.text('large-volume')).toContain('About 25,000 people');
  });

  it('low severity, taken deliberately: risk', () => {
    expect(riskOf({ maliciousIntent: true })).toMatchObject({ risk: 'risk', score: 1.75, factors: ['malicious-intent'] });
  });

  it('low severity, a mistake towards a few identified people: unlikely', () => {
    const result = riskOf({});
    expect(result).toMatchObject({ risk: 'unlikely', score: 1.25, factors: ['severity'] });
    expect(result.text('severity')).toContain('Art. 33(5)');
  });
});
