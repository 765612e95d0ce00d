import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors';
import { parseBreachFacts } from './parse-breach-facts';

const required = {
  awareAt: '2026-03-27T10:00:00+01:00',
  confidentiality: 'unknown-recipients',
  integrity: 'none',
  availability: 'hours',
  maliciousIntent: true,
  dataCategories: ['identity', 'health'],
  subjects: 120,
};

function failure(input: unknown): AppError {
  try {
    parseBreachFacts(input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('breach facts', () => {
  it('applies the defaults of the optional facts', () => {
    expect(parseBreachFacts(required)).toEqual({
      ...required,
      vulnerableSubjects: false,
      identifiability: 'maximum',
      unintelligible: false,
      recipientTrusted: false,
      misuseObserved: false,
      profilingVolume: false,
      dataAlreadyPublic: false,
      revealsLess: false,
      invalidData: false,
      establishments: [],
      mainEstablishment: null,
      affectedCountries: [],
    });
  });

  it('keeps optional facts that are given', () => {
    const facts = parseBreachFacts({ ...required, vulnerableSubjects: true, identifiability: 'limited', unintelligible: true, recipientTrusted: true, misuseObserved: true });
    expect(facts).toMatchObject({ vulnerableSubjects: true, identifiability: 'limited', unintelligible: true, recipientTrusted: true, misuseObserved: true });
  });

  it.each(['awareAt', 'confidentiality', 'integrity', 'availability', 'maliciousIntent', 'dataCategories', 'subjects'])(
    'names the missing required field %s',
    (field) => {
      const input: Record<string, unknown> = { ...required };
      delete input[field];
      const error = failure(input);
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toBe(`Invalid breach facts: ${field}: is required`);
      expect(error.issues).toEqual([{ path: field, message: 'is required', detail: { key: expect.stringMatching(/^msg\.error\.(required|choice)$/) } }]);
    },
  );

  it.each([
    ['awareAt', '2026-03-27T10:00:00', 'awareAt: must be an ISO 8601 date-time with an offset, e.g. 2026-03-27T10:00:00+01:00'],
    ['awareAt', '2026-02-30T10:00:00+01:00', 'awareAt: must be an ISO 8601 date-time with an offset, e.g. 2026-03-27T10:00:00+01:00'],
    ['awareAt', 1774602000000, 'awareAt: must be a date-time string'],
    ['confidentiality', 'leaked', 'confidentiality: must be one of none, known-recipients, unknown-recipients, public (got "leaked")'],
    ['integrity', 'partial', 'integrity: must be one of none, recoverable, unrecoverable (got "partial")'],
    ['availability', 'weeks', 'availability: must be one of none, hours, days, permanent (got "weeks")'],
    ['maliciousIntent', 'yes', 'maliciousIntent: must be true or false'],
    ['dataCategories', [], 'dataCategories: must list at least one data category'],
    ['dataCategories', 'health', 'dataCategories: must be an array of data categories'],
    ['subjects', 0, 'subjects: must be at least 1'],
    ['subjects', 2.5, 'subjects: must be a whole number'],
    ['subjects', '120', 'subjects: must be a number'],
    ['vulnerableSubjects', 'no', 'vulnerableSubjects: must be true or false'],
    ['identifiability', 'high', 'identifiability: must be one of negligible, limited, significant, maximum (got "high")'],
    ['unintelligible', 1, 'unintelligible: must be true or false'],
  ])('rejects %s = %j', (field, value, message) => {
    const error = failure({ ...required, [field]: value });
    expect(error.message).toBe(`Invalid breach facts: ${message}`);
    expect(error.issues?.[0]?.path).toBe(field);
  });

  it('names the position of a bad data category', () => {
    const error = failure({ ...required, dataCategories: ['identity', 'medical'] });
    expect(error.message).toMatch(/^Invalid breach facts: dataCategories\.1: must be one of identity, contact, .*criminal \(got "medical"\)$/);
  });

  it('refuses unknown fields, so a misspelt flag cannot silently take its default', () => {
    const error = failure({ ...required, vulnerableSubject: true });
    expect(error.message).toMatch(/^Invalid breach facts: unknown field "vulnerableSubject"; the fields are awareAt, /);
  });

  it('lists every bad field and counts the others in the message', () => {
    const error = failure({ ...required, subjects: -3, integrity: undefined, availability: 'forever' });
    expect(error.issues?.map((issue) => issue.path)).toEqual(['integrity', 'availability', 'subjects']);
    expect(error.message).toBe('Invalid breach facts: integrity: is required (and 2 more)');
  });

  it('refuses what is not an object', () => {
    expect(failure([]).message).toBe('Invalid breach facts: the facts must be a JSON object');
    expect(failure(null).message).toBe('Invalid breach facts: the facts must be a JSON object');
  });
});
