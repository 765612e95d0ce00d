import type { ApiError } from '../../../electron/shared/result';
import { useLanguage } from '../../i18n/use-language';
import { useApi } from '../../lib/use-api';
import type { CaseRef, KindInfo, LetterLanguage } from './document-types';

/**
 * The letters a case can produce, and the language to offer first: the organisation's
 * letter language from Settings, else the language the UI shows.
 */
export function useDocumentKinds({ caseType, caseId }: CaseRef): { kinds: KindInfo[] | null; defaultLanguage: LetterLanguage; error: ApiError | null } {
  const uiLanguage = useLanguage();
  const kinds = useApi('documents.kinds', { caseType, caseId });
  const settings = useApi('settings.get', {});
  return { kinds: kinds.data, defaultLanguage: settings.data?.['organisation.letterLanguage'] ?? uiLanguage, error: kinds.error };
}
