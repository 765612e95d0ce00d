/** The EU and EEA member states, whose controllers answer under the GDPR at home (codes of ISO 3166-1). */
export const GDPR_COUNTRIES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE',
  'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;

/** The law, by its regime code (`electron/shared/regimes.ts`), that a controller in each non-GDPR country answers under at home. */
const HOME: Readonly<Record<string, string>> = { GB: 'uk-gdpr', US: 'ccpa', BR: 'lgpd', CA: 'pipeda', CH: 'ch-fadp', SG: 'sg-pdpa', AU: 'au-privacy' };

/**
 * The regime code of the law a controller in `country` answers under at home (as the new-request
 * form assumes), or null. Pure, so Settings can name the law of the country as typed, before it
 * is saved, and the commitment check judge the same one.
 */
export function homeRegime(country: string): string | null {
  if ((GDPR_COUNTRIES as readonly string[]).includes(country)) return 'gdpr';
  return HOME[country] ?? null;
}
