import type { SelectOption } from '../../components/select-field';

/** The IANA time zones this runtime knows, plus a stored zone it does not list, as select options. */
export function timeZoneOptions(stored: string): SelectOption[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  if (stored) zones.add(stored);
  return [...zones].sort().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

/** The zone this computer runs in, for a hint (never used as a value the user did not choose). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
