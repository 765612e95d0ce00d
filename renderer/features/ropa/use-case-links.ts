import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/shared/result';
import { call, type Output } from '../../lib/api';

export type CaseLinksView = Output<'registers.caseLinks'>;

/** The register entries one case names, with the registers to name them from; `save` replaces the links. */
export function useCaseLinks(caseType: 'request' | 'breach', caseId: string) {
  const [links, setLinks] = useState<CaseLinksView | null>(null);
  const [registers, setRegisters] = useState<Output<'registers.get'> | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let cancelled = false;
    void Promise.all([call('registers.caseLinks', { caseType, caseId }), call('registers.get', {})]).then(([linked, all]) => {
      if (cancelled) return;
      if (linked.ok) setLinks(linked.value);
      else setError(linked.error);
      if (all.ok) setRegisters(all.value);
      else setError(all.error);
    });
    return () => {
      cancelled = true;
    };
  }, [caseType, caseId]);
  const save = useCallback(
    async (next: CaseLinksView): Promise<boolean> => {
      const result = await call('registers.setCaseLinks', { caseType, caseId, ...next });
      if (!result.ok) {
        setError(result.error);
        return false;
      }
      setError(null);
      setLinks(result.value);
      return true;
    },
    [caseType, caseId],
  );
  return { links, registers, error, save };
}
