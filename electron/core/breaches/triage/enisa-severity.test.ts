import { describe, expect, it } from 'vitest';
import { testFacts } from '../../../../test/fixtures/breach-cases/test-facts';
import type { BreachFactsInput } from '../../../shared/breach-facts';
import { assessSeverity, severityLevelOf } from './enisa-severity';
import { protectionsInForce } from './protections';

function severityOf(changes: Partial<BreachFactsInput>) {
  const facts = testFacts(changes);
  return assessSeverity(facts, protectionsInForce(facts));
}

const nothingLost = { confidentiality: 'none', integrity: 'none', availability: 'none', maliciousIntent: false } as const;

describe('ENISA severity bands', () => {
  it.each([
    [0.25, 'low'],
    [1.99, 'low'],
    [2, 'medium'],
    [2.99, 'medium'],
    [3, 'high'],
    [3.99, 'high'],
    [4, 'very-high'],
    [6, 'very-high'],
  ] as const)('%d is %s', (score, level) => {
    expect(severityLevelOf(score)).toBe(level);
  });
});

describe('ENISA severity score: SE = DPC × EI + CB', () => {
  it('multiplies DPC by each EI step', () => {
    expect(severityOf({ ...nothingLost, dataCategories: ['health'], identifiability: 'negligible' }).score).toBe(1);
    expect(severityOf({ ...nothingLost, dataCategories: ['health'], identifiability: 'limited' }).score).toBe(2);
    expect(severityOf({ ...nothingLost, dataCategories: ['health'], identifiability: 'significant' }).score).toBe(3);
    expect(severityOf({ ...nothingLost, dataCategories: ['health'], identifiability: 'maximum' }).score).toBe(4);
  });

  it.each([
    [{ confidentiality: 'known-recipients' }, 0.25],
    [{ confidentiality: 'unknown-recipients' }, 0.5],
    [{ confidentiality: 'public' }, 0.5],
    [{ integrity: 'recoverable' }, 0.25],
    [{ integrity: 'unrecoverable' }, 0.5],
    [{ availability: 'hours' }, 0.25],
    [{ availability: 'days' }, 0.25],
    [{ availability: 'permanent' }, 0.5],
    [{ maliciousIntent: true }, 0.5],
  ] as const)('adds the circumstance %j: +%d', (circumstance, points) => {
    const severity = severityOf({ ...nothingLost, ...circumstance, dataCategories: ['identity'] });
    expect(severity.cb.total).toBe(points);
    expect(severity.score).toBe(1 + points);
  });

  it('adds every circumstance together, up to 2', () => {
    const severity = severityOf({ confidentiality: 'public', integrity: 'unrecoverable', availability: 'permanent', maliciousIntent: true, dataCategories: ['criminal'] });
    expect(severity.cb).toEqual({ confidentiality: 0.5, integrity: 0.5, availability: 0.5, malicious: 0.5, total: 2 });
    expect(severity).toMatchObject({ score: 6, level: 'very-high' });
  });

  it('lands on each band', () => {
    expect(severityOf({ dataCategories: ['contact'] })).toMatchObject({ score: 1.25, level: 'low' });
    expect(severityOf({ dataCategories: ['location'] })).toMatchObject({ score: 2.25, level: 'medium' });
    expect(severityOf({ dataCategories: ['payment-card'] })).toMatchObject({ score: 3.25, level: 'high' });
    expect(severityOf({ dataCategories: ['religious'] })).toMatchObject({ score: 4.25, level: 'very-high' });
  });

  it('raises the DPC for vulnerable people', () => {
    expect(severityOf({ dataCategories: ['contact'], vulnerableSubjects: true })).toMatchObject({ score: 2.25, level: 'medium' });
  });

  it('scores disclosed unintelligible data with negligible identification', () => {
    const severity = severityOf({ confidentiality: 'unknown-recipients', maliciousIntent: true, dataCategories: ['health'], unintelligible: true });
    expect(severity).toMatchObject({ identifiability: 'negligible', ei: 0.25, score: 2, level: 'medium' });
  });

  it('keeps EI as given when nothing was disclosed, since encryption does not lessen a loss of availability', () => {
    const severity = severityOf({ ...nothingLost, availability: 'days', dataCategories: ['health'], unintelligible: true });
    expect(severity).toMatchObject({ identifiability: 'maximum', ei: 1, score: 4.25 });
  });

  it('keeps EI as given when observed misuse contradicts unintelligibility', () => {
    const severity = severityOf({ confidentiality: 'public', dataCategories: ['contact'], unintelligible: true, misuseObserved: true });
    expect(severity).toMatchObject({ identifiability: 'maximum', score: 1.5 });
  });

  it('does not count the number of people, which ENISA leaves outside the score', () => {
    expect(severityOf({ subjects: 1 }).score).toBe(severityOf({ subjects: 1_000_000 }).score);
  });
});
