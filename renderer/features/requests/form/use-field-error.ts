import { useTranslation } from 'react-i18next';
import type { DraftField } from './request-draft';
import type { NewRequestForm } from './use-new-request-form';

type MessageField = Exclude<DraftField, 'under16' | 'complex' | 'clientId'>;

/**
 * The message to show under a field, in the UI language: each field has its own sentence
 * (the API's issues are English); a future receipt time has a sentence of its own.
 */
export function useFieldError(form: NewRequestForm) {
  const { t } = useTranslation();
  return (field: MessageField): string | null => {
    const issue = form.issueOf(field);
    if (!issue) return null;
    if (field === 'receivedAt' && issue.message === 'future') return t('requests.form.errors.receivedAtFuture');
    return t(`requests.form.errors.${field}`);
  };
}
