import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { computeDeadlines } from './compute-deadlines';
import type { DeadlineInput } from './deadline-input';
import { REGIMES, REQUEST_TYPES_BY_REGIME, DEFAULT_JURISDICTION, GDPR_COUNTRIES } from '../../shared/regimes';
import { canExtend, hasStatutoryDeadline } from './rule-table';

function validationError(input: unknown): AppError {
  try {
    computeDeadlines(input as DeadlineInput);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('computeDeadlines', () => {
  it('returns every field, the structured details and the cited rules', () => {
    const result = computeDeadlines({ regime: 'gdpr', type: 'erasure', received: '2026-03-31', country: 'it', extended: true });
    expect(result).toMatchObject({
      regime: 'gdpr',
      type: 'erasure',
      received: '2026-03-31',
      country: 'IT',
      extended: true,
      due: '2026-04-30',
      extendedDue: '2026-06-30',
      acknowledgeBy: null,
      extensionNoticeBy: '2026-04-30',
      clockStop: null,
    });
    expect(result.details.acknowledgeBy).toBeNull();
    expect(result.citations.map((c) => c.id)).toEqual(['gdpr-art-12-3', 'reg-1182-71-art-3']);
    expect(result.citations[0]).toMatchObject({ source: 'GDPR Art. 12(3)', url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj' });
    expect(result.explanation.split('\n')).toEqual([
      result.details.due?.explanation,
      result.details.extendedDue?.explanation,
      result.details.extensionNoticeBy?.explanation,
    ]);
  });

  it('computes a date for every request type of every regime that has one', () => {
    for (const regime of REGIMES) {
      for (const type of REQUEST_TYPES_BY_REGIME[regime]) {
        const country = DEFAULT_JURISDICTION[regime] ?? 'IT';
        const result = computeDeadlines({ regime, type, received: '2026-05-15', country, extended: canExtend(regime, type) });
        expect(result.due !== null).toBe(hasStatutoryDeadline(regime, type));
        expect(result.explanation.length).toBeGreaterThan(20);
        expect(result.citations.length).toBeGreaterThan(0);
      }
    }
  });

  it.each<[string, unknown, string, string]>([
    ['an unknown regime', { regime: 'hipaa', type: 'access', received: '2026-03-31' }, 'regime', 'regime: unknown regime "hipaa"; valid: gdpr, uk-gdpr, ccpa, lgpd, pipeda, ch-fadp'],
    [
      'a type of another regime',
      { regime: 'ccpa', type: 'access', received: '2026-03-31' },
      'type',
      'type: unknown request type "access" for ccpa; valid: know, delete, correct, opt-out, limit',
    ],
    ['a malformed date', { regime: 'lgpd', type: 'access', received: '31/03/2026' }, 'received', 'received: received "31/03/2026" is not a date in the form YYYY-MM-DD'],
    ['an impossible date', { regime: 'lgpd', type: 'access', received: '2027-02-29' }, 'received', 'received: received "2027-02-29" is not a date in the form YYYY-MM-DD'],
    [
      'GDPR without a country',
      { regime: 'gdpr', type: 'access', received: '2026-03-31' },
      'country',
      `country: gdpr needs the controller's member state as country; valid: ${GDPR_COUNTRIES.join(', ')}`,
    ],
    ['a non-EEA country under GDPR', { regime: 'gdpr', type: 'access', received: '2026-03-31', country: 'CH' }, 'country', 'country: "CH" is not an EEA state'],
    ['an unknown country', { regime: 'gdpr', type: 'access', received: '2026-03-31', country: 'XX' }, 'country', 'country: Unknown country "XX"; valid countries: AD, AE'],
    ['an unknown region', { regime: 'gdpr', type: 'access', received: '2026-03-31', country: 'DE-XX' }, 'country', 'country: Unknown subdivision "DE-XX"; valid: DE, DE-BB'],
    ['a UK calendar that is not a UK nation', { regime: 'uk-gdpr', type: 'access', received: '2026-03-31', country: 'GB' }, 'country', `country: "GB" is not a UK nation's bank-holiday calendar; valid: GB-ENG, GB-SCT, GB-WLS, GB-NIR`],
    ['the wrong country for PIPEDA', { regime: 'pipeda', type: 'access', received: '2026-03-31', country: 'US' }, 'country', 'country: "US" is not valid for pipeda; valid: CA'],
  ])('refuses %s with a VALIDATION error naming the value', (_label, input, path, message) => {
    const error = validationError(input);
    expect(error.code).toBe('VALIDATION');
    expect(error.message.startsWith(`${path}: `)).toBe(true);
    expect(error.message).toContain(message);
    expect(error.issues?.[0]?.path).toBe(path);
  });

  it('accepts a region of the right country for the national regimes', () => {
    expect(computeDeadlines({ regime: 'pipeda', type: 'access', received: '2026-03-02', country: 'CA-QC' }).country).toBe('CA-QC');
    expect(computeDeadlines({ regime: 'ch-fadp', type: 'access', received: '2026-03-02', country: 'ch-zh' }).country).toBe('CH-ZH');
    expect(computeDeadlines({ regime: 'lgpd', type: 'access', received: '2026-03-02', country: 'BR-SP' }).country).toBe('BR-SP');
  });

  it('is deterministic whatever the machine zone', () => {
    const original = process.env.TZ;
    const input: DeadlineInput = { regime: 'uk-gdpr', type: 'access', received: '2027-11-25' };
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = computeDeadlines(input);
      process.env.TZ = 'Pacific/Pago_Pago';
      const west = computeDeadlines(input);
      expect(east).toEqual(west);
      expect(east.due).toBe('2027-12-29');
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
