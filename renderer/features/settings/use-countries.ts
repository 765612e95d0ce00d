import { useMemo } from 'react';
import type { CountryOption } from '../../../electron/shared/contract/app';
import type { Language } from '../../i18n/language';
import { useApi } from '../../lib/use-api';

/**
 * Countries and their subdivisions in the UI language (empty until loaded). Country names
 * come from the runtime's CLDR data (Intl.DisplayNames) where it has them, because the
 * holiday calendar behind 'reference.countries' often gives a country's own name instead.
 */
export function useCountries(language: Language): CountryOption[] {
  const { data } = useApi('reference.countries', { language });
  return useMemo(() => {
    if (!data) return [];
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    const collator = new Intl.Collator(language);
    const named = data.map((country) => ({ ...country, name: names.of(country.code) ?? country.name }));
    return named.sort((a, b) => collator.compare(a.name, b.name));
  }, [data, language]);
}
