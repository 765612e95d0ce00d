import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../electron/shared/requests';
import { useLanguage } from '../../../i18n/use-language';
import type { DocumentKind } from '../../documents/document-types';
import { formatCivilDate } from '../format';

/**
 * The letter a request calls for now, with why: after an extension, until its notice is
 * finalised, the extension letter (the person must be told of it, with the reasons, within
 * the first period). Null when nothing is owed.
 */
export function useLetterSuggestion(detail: RequestDetail | null): { kind: DocumentKind; why: string; action: string } | null {
  const { t } = useTranslation();
  const language = useLanguage();
  if (detail?.status !== 'extended' || !detail.canUndoExtension) return null;
  const by = detail.deadlines.extensionNoticeBy;
  return {
    kind: 'extension-notice',
    action: t('documents.suggestion.prepareExtension'),
    why: by ? t('documents.suggestion.extensionBy', { date: formatCivilDate(by, language) }) : t('documents.suggestion.extension'),
  };
}
