import Holidays from 'date-holidays';
import type { CountryOption } from '../../shared/contract/app';

/**
 * Countries and their subdivisions, from date-holidays: the same data the deadline engine
 * uses for public holidays, so every country the DPO can pick has a holiday calendar.
 */
export function listCountries(language: 'en' | 'it'): CountryOption[] {
  const holidays = new Holidays();
  const countries = holidays.getCountries(language) ?? {};
  return Object.entries(countries)
    .map(([code, name]) => ({
      code,
      name,
      subdivisions: Object.entries(holidays.getStates(code, language) ?? {})
        .map(([subCode, subName]) => ({ code: subCode, name: subName }))
        .sort((a, b) => a.name.localeCompare(b.name, language)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, language));
}

/** Whether a country code (and optional subdivision code) is known to the holiday calendar. */
export function isKnownRegion(country: string, subdivision?: string | null): boolean {
  const holidays = new Holidays();
  if (!(country in (holidays.getCountries() ?? {}))) return false;
  if (!subdivision) return true;
  return subdivision in (holidays.getStates(country) ?? {});
}
