import { useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/shared/result';
import { useLanguage } from '../../i18n/use-language';
import { call } from '../../lib/api';
import type { CaseRef, KindInfo, LetterLanguage } from './document-types';

/**
 * The letters a case can produce, and the language to offer first: the organisation's
 * letter language from Settings, else the language the UI shows.
 */
export function useDocumentKinds({ caseType, caseId }: CaseRef): { kinds: KindInfo[] | null; defaultLanguage: LetterLanguage; error: ApiError | null } {
  const uiLanguage = useLanguage();
  const [kinds, setKinds] = useState<KindInfo[] | null>(null);
  const [letterLanguage, setLetterLanguage] = useState<LetterLanguage | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([call('documents.kinds', { caseType, caseId }), call('settings.get', {})]).then(([kindsResult, settings]) => {
      if (!live) return;
      if (kindsResult.ok) setKinds(kindsResult.value);
      else setError(kindsResult.error);
      if (settings.ok) setLetterLanguage(settings.value['organisation.letterLanguage']);
    });
    return () => {
      live = false;
    };
  }, [caseType, caseId]);
  return { kinds, defaultLanguage: letterLanguage ?? uiLanguage, error };
}
