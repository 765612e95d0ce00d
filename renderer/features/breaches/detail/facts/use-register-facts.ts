import type { BreachRegisterFacts } from '../../../../../electron/shared/registers';
import { useApi } from '../../../../lib/use-api';

/** The register's starting point for a breach's facts, read again whenever `version` changes (its links were saved). */
export function useRegisterFacts(breachId: string, version: number): BreachRegisterFacts | null {
  return useApi('registers.breachFacts', { breachId }, { version }).data;
}
