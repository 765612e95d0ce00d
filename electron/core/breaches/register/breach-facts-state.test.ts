import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { triageBreachFacts } from '../triage';
import { REQUIRED_FACTS, detachAwareAt, evaluateFacts, missingFacts, previewTriage, triageColumns } from './breach-facts-state';
import { formatReference, referenceYear } from './breach-reference';

const AWARE = '2026-03-27T10:00:00+01:00';
const complete = {
  confidentiality: 'known-recipients',
  integrity: 'none',
  availability: 'none',
  maliciousIntent: false,
  dataCategories: ['identity', 'contact'],
  subjects: 10,
} as const;

describe('breach facts state', () => {
  it('reads the required facts off the triage schema', () => {
    expect(REQUIRED_FACTS).toEqual(['awareAt', 'confidentiality', 'integrity', 'availability', 'maliciousIntent', 'dataCategories', 'subjects']);
    expect(missingFacts({ subjects: 3, integrity: 'none' })).toEqual(['confidentiality', 'availability', 'maliciousIntent', 'dataCategories']);
  });

  it('triages only complete facts, with the breach’s awareness and the schema’s defaults', () => {
    expect(evaluateFacts({ subjects: 3 }, AWARE)).toMatchObject({ complete: null, triage: null });
    const evaluated = evaluateFacts({ ...complete, dataCategories: [...complete.dataCategories] }, AWARE);
    expect(evaluated.complete).toMatchObject({ awareAt: AWARE, identifiability: 'maximum', unintelligible: false });
    expect(evaluated.triage).toEqual(triageBreachFacts({ ...complete, awareAt: AWARE }));
    expect(triageColumns(evaluated)).toMatchObject({ severity_level: evaluated.triage?.severity.level, risk: evaluated.triage?.risk });
    expect(triageColumns(evaluateFacts({}, AWARE))).toEqual({ facts: null, triage: null, severity_level: null, severity_score: null, risk: null });
  });

  it('keeps awareAt out of the draft, accepting it only for the same instant', () => {
    expect(detachAwareAt({ awareAt: '2026-03-27T09:00:00Z', subjects: 2 }, AWARE)).toEqual({ subjects: 2 });
    expect(() => detachAwareAt({ awareAt: '2026-03-27T10:00:00Z' }, AWARE)).toThrow(AppError);
  });

  it('previews partial facts without throwing, separating missing from invalid fields', () => {
    expect(previewTriage({ awareAt: AWARE, subjects: 0, integrity: 'lost', confidentiality: null })).toEqual({
      complete: false,
      missing: ['confidentiality', 'availability', 'maliciousIntent', 'dataCategories'],
      issues: [
        { path: 'integrity', message: 'must be one of none, recoverable, unrecoverable (got "lost")', detail: { key: 'msg.error.choice' } },
        { path: 'subjects', message: 'must be at least 1', detail: { key: 'msg.error.tooSmall', params: { minimum: 1 } } },
      ],
      triage: null,
    });
    expect(previewTriage({ ...complete, awareAt: AWARE })).toMatchObject({ complete: true, missing: [], issues: [], triage: { risk: 'unlikely' } });
    expect(previewTriage({ ...complete, awareAt: AWARE, colour: 'red' }).issues[0]?.message).toMatch(/^unknown field "colour"/);
  });

  it('numbers breaches B-YYYY-NNN by the year of awareness as written', () => {
    expect(referenceYear('2025-12-31T23:30:00-01:00')).toBe(2025);
    expect(formatReference(2026, 7)).toBe('B-2026-007');
    expect(formatReference(2026, 1234)).toBe('B-2026-1234');
  });
});
