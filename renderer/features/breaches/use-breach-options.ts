import { useEffect, useState } from 'react';
import type { BreachOptions } from '../../../electron/shared/breaches';
import { call } from '../../lib/api';

let cached: BreachOptions | null = null;

/**
 * The closed lists of the breach forms (causes, categories, phases, channels, the triage
 * facts' values), served by main so the renderer keeps no copy. Read once per session;
 * null until they arrive.
 */
export function useBreachOptions(): BreachOptions | null {
  const [options, setOptions] = useState<BreachOptions | null>(cached);
  useEffect(() => {
    if (cached) return;
    let cancelled = false;
    void call('reference.breachOptions', {}).then((result) => {
      if (!result.ok) return;
      cached = result.value;
      if (!cancelled) setOptions(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return options;
}
