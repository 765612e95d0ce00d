import type { ApiError } from '../../../electron/shared/result';
import { useApi } from '../../lib/use-api';
import type { CaseRef, DocumentSummary } from './document-types';

/** The finalised documents of a case as the API lists them, with a way to read them again. */
export function useCaseDocuments({ caseType, caseId }: CaseRef): { documents: DocumentSummary[] | null; error: ApiError | null; refresh: () => Promise<void> } {
  const { data, error, reload } = useApi('documents.list', { caseType, caseId });
  return { documents: data, error, refresh: reload };
}
