import { describe, expect, it } from 'vitest';
import { CITATIONS, citation } from './citations';
import { knownCountries, knownSubdivisions } from './jurisdiction';
import {
  CcpaRequestTypeSchema,
  GDPR_COUNTRIES,
  REGIMES,
  REQUEST_TYPES,
  REQUEST_TYPES_BY_REGIME,
  RegimeSchema,
  RequestTypeSchema,
  UK_JURISDICTIONS,
  isRequestTypeOf,
} from '../../shared/regimes';
import { canExtend, deadlineRule, hasStatutoryDeadline } from './rule-table';

describe('regimes and request types', () => {
  it('exposes the regimes and their types as zod enums', () => {
    expect(RegimeSchema.options).toEqual([
      'gdpr',
      'uk-gdpr',
      'ccpa',
      'lgpd',
      'pipeda',
      'ch-fadp',
      'qc-law25',
      'us-va',
      'us-co',
      'us-ct',
      'us-ut',
      'us-tx',
      'us-or',
      'sg-pdpa',
      'au-privacy',
    ]);
    expect(CcpaRequestTypeSchema.options).toEqual(['know', 'delete', 'correct', 'opt-out', 'limit']);
    expect(RequestTypeSchema.safeParse('anonymisation-blocking-deletion').success).toBe(true);
    expect(RequestTypeSchema.safeParse('Access').success).toBe(false);
    expect(REQUEST_TYPES).toContain('marketing-opt-out');
    expect(new Set(REQUEST_TYPES).size).toBe(REQUEST_TYPES.length);
  });

  it('uses kebab-case names only', () => {
    for (const type of REQUEST_TYPES) expect(type).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('pairs types with their regime', () => {
    expect(isRequestTypeOf('gdpr', 'automated-decision')).toBe(true);
    expect(isRequestTypeOf('ccpa', 'access')).toBe(false);
    expect(isRequestTypeOf('pipeda', 'correction')).toBe(true);
  });

  it('knows which rule governs each type', () => {
    expect(deadlineRule('ccpa', 'opt-out')).toMatchObject({ kind: 'business-days', days: 15 });
    expect(deadlineRule('lgpd', 'access')).toMatchObject({ kind: 'calendar-days', days: 15, extension: null });
    expect(canExtend('gdpr', 'access')).toBe(true);
    expect(canExtend('ccpa', 'limit')).toBe(false);
    expect(canExtend('ch-fadp', 'access')).toBe(true);
    expect(hasStatutoryDeadline('pipeda', 'correction')).toBe(false);
    for (const regime of REGIMES) {
      for (const type of REQUEST_TYPES_BY_REGIME[regime]) expect(deadlineRule(regime, type).kind).toBeTypeOf('string');
    }
  });

  it('lists only calendars date-holidays has', () => {
    const countries = knownCountries();
    for (const country of GDPR_COUNTRIES) expect(countries).toContain(country);
    const ukNations = knownSubdivisions('GB');
    for (const code of UK_JURISDICTIONS) expect(ukNations).toContain(code.slice(3));
    expect(knownSubdivisions('US')).toContain('CA');
  });

  it('cites every rule with a source and an official address', () => {
    for (const id of Object.keys(CITATIONS) as (keyof typeof CITATIONS)[]) {
      const c = citation(id);
      expect(c.id).toBe(id);
      expect(c.source.length).toBeGreaterThan(5);
      expect(c.url).toMatch(/^https:\/\//);
    }
  });
});
