import { useEffect, useState } from 'react';
import type { CountryOption } from '../../../electron/shared/contract';
import type { Language } from '../../i18n/language';
import { call } from '../../lib/api';

/** Countries and their subdivisions, named in the UI language (empty until loaded). */
export function useCountries(language: Language): CountryOption[] {
  const [countries, setCountries] = useState<CountryOption[]>([]);
  useEffect(() => {
    let cancelled = false;
    void call('reference.countries', { language }).then((result) => {
      if (cancelled || !result.ok) return;
      const collator = new Intl.Collator(language);
      setCountries([...result.value].sort((a, b) => collator.compare(a.name, b.name)));
    });
    return () => {
      cancelled = true;
    };
  }, [language]);
  return countries;
}
