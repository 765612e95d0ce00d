import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/shared/result';
import { call, type Result } from '../../lib/api';
import type { CaseRef, DocumentSummary } from './document-types';

/** The finalised documents of a case as the API lists them, with a way to read them again. */
export function useCaseDocuments({ caseType, caseId }: CaseRef): { documents: DocumentSummary[] | null; error: ApiError | null; refresh: () => Promise<void> } {
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const show = useCallback((result: Result<DocumentSummary[]>) => {
    if (result.ok) {
      setDocuments(result.value);
      setError(null);
    } else setError(result.error);
  }, []);
  const refresh = useCallback(async () => show(await call('documents.list', { caseType, caseId })), [caseType, caseId, show]);
  useEffect(() => {
    let live = true;
    void call('documents.list', { caseType, caseId }).then((result) => live && show(result));
    return () => {
      live = false;
    };
  }, [caseType, caseId, show]);
  return { documents, error, refresh };
}
