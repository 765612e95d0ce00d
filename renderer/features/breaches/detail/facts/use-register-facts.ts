import { useEffect, useState } from 'react';
import type { BreachRegisterFacts } from '../../../../../electron/shared/registers';
import { call } from '../../../../lib/api';

/** The register's starting point for a breach's facts, read again whenever `version` changes (its links were saved). */
export function useRegisterFacts(breachId: string, version: number): BreachRegisterFacts | null {
  const [facts, setFacts] = useState<BreachRegisterFacts | null>(null);
  useEffect(() => {
    let cancelled = false;
    void call('registers.breachFacts', { breachId }).then((result) => {
      if (!cancelled && result.ok) setFacts(result.value);
    });
    return () => {
      cancelled = true;
    };
  }, [breachId, version]);
  return facts;
}
