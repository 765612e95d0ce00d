import { useApi } from '../../lib/use-api';

/**
 * The organisation's time zone from Settings, which decides what "today" is for a report;
 * the browser's own zone stands in only until Settings are read or when none is set.
 */
export function useOrganisationZone(): { zone: string; known: boolean } {
  const { data, loading } = useApi('settings.get', {});
  return { zone: data?.['organisation.timeZone'] ?? Intl.DateTimeFormat().resolvedOptions().timeZone, known: !loading };
}
