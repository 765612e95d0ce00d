import Holidays from 'date-holidays';
import { AppError, fieldIssue } from '../errors';
import { msg, type Message } from '../i18n';

/**
 * A holiday calendar's place: a country (ISO 3166-1 alpha-2) and optionally a subdivision
 * as `date-holidays` names it (`DE-BY`, `GB-ENG`, `US-CA`, `IT-32`). Written `CC` or `CC-SUB`.
 */
export interface Jurisdiction {
  /** Normalised upper-case code, `IT` or `GB-ENG`. */
  code: string;
  country: string;
  subdivision: string | null;
}

const FORM = /^([A-Za-z]{2})(?:-([A-Za-z0-9]{1,6}))?$/;

let catalogue: Holidays | undefined;
function holidaysCatalogue(): Holidays {
  catalogue ??= new Holidays();
  return catalogue;
}

/** The country codes `date-holidays` has data for, sorted. */
export function knownCountries(): string[] {
  return Object.keys(holidaysCatalogue().getCountries('en')).sort();
}

/** The subdivision codes `date-holidays` has for a country (upper case, sorted; may be empty). */
export function knownSubdivisions(country: string): string[] {
  const states = holidaysCatalogue().getStates(country.toUpperCase(), 'en') as Record<string, string> | undefined;
  return states ? Object.keys(states).map((s) => s.toUpperCase()).sort() : [];
}

/**
 * Why `text` is not a known jurisdiction, as one sentence naming it and listing the valid
 * values, or null when it is fine. The lists come from `date-holidays`, the source of the
 * holidays themselves, so a value accepted here always has a calendar.
 */
export function jurisdictionProblem(text: string): Message | null {
  const match = FORM.exec(text.trim());
  if (!match) return msg('msg.error.jurisdiction.form', { text });
  const country = (match[1] ?? '').toUpperCase();
  const countries = knownCountries();
  if (!countries.includes(country)) return msg('msg.error.jurisdiction.country', { country, valid: countries.join(', ') });
  const subdivision = match[2]?.toUpperCase();
  if (subdivision !== undefined) {
    const subdivisions = knownSubdivisions(country);
    if (!subdivisions.includes(subdivision)) {
      return subdivisions.length === 0
        ? msg('msg.error.jurisdiction.noSubdivisions', { code: `${country}-${subdivision}`, country })
        : msg('msg.error.jurisdiction.subdivision', { code: `${country}-${subdivision}`, valid: [country, ...subdivisions.map((s) => `${country}-${s}`)].join(', ') });
    }
  }
  return null;
}

/**
 * Parses and validates `CC` or `CC-SUB` against `date-holidays`.
 *
 * @throws AppError VALIDATION naming the bad value and listing the valid ones
 */
export function parseJurisdiction(text: string): Jurisdiction {
  const problem = jurisdictionProblem(text);
  if (problem) throw new AppError('VALIDATION', problem, [fieldIssue('country', problem)]);
  const [country = '', subdivision] = text.trim().toUpperCase().split('-');
  return { code: subdivision ? `${country}-${subdivision}` : country, country, subdivision: subdivision ?? null };
}
