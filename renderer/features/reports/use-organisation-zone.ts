import { useEffect, useState } from 'react';
import { call } from '../../lib/api';

/**
 * The organisation's time zone from Settings, which decides what "today" is for a report;
 * the browser's own zone stands in only until Settings are read or when none is set.
 */
export function useOrganisationZone(): { zone: string; known: boolean } {
  const [zone, setZone] = useState<string | null>(null);
  const [known, setKnown] = useState(false);
  useEffect(() => {
    let live = true;
    void call('settings.get', {}).then((result) => {
      if (!live) return;
      if (result.ok) setZone(result.value['organisation.timeZone']);
      setKnown(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return { zone: zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone, known };
}
