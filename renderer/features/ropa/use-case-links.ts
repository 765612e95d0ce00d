import { useCallback, useState } from 'react';
import type { ApiError } from '../../../electron/shared/result';
import { call, type Output } from '../../lib/api';
import { useApi } from '../../lib/use-api';

export type CaseLinksView = Output<'registers.caseLinks'>;

/** The register entries one case names, with the registers to name them from; `save` replaces the links. */
export function useCaseLinks(caseType: 'request' | 'breach', caseId: string) {
  const linked = useApi('registers.caseLinks', { caseType, caseId });
  const registers = useApi('registers.get', {});
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const { setData: setLinks } = linked;
  const save = useCallback(
    async (next: CaseLinksView): Promise<boolean> => {
      const result = await call('registers.setCaseLinks', { caseType, caseId, ...next });
      if (!result.ok) {
        setSaveError(result.error);
        return false;
      }
      setSaveError(null);
      setLinks(result.value);
      return true;
    },
    [caseType, caseId, setLinks],
  );
  return { links: linked.data, registers: registers.data, error: saveError ?? linked.error ?? registers.error, save };
}
