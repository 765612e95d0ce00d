import type { ApiError, FieldIssue } from '../../electron/shared/result';
import { useLanguage } from './use-language';
import { useMessages } from './use-message';

/**
 * API errors and field issues in the UI's language: from the catalogue message core attached
 * (`detail`) when there is one; otherwise the English message in English, and in Italian a
 * plain Italian sentence rather than English text.
 */
export function useErrorText(): { issue: (issue: FieldIssue) => string; error: (error: ApiError) => string | null } {
  const language = useLanguage();
  const messages = useMessages();
  const issue = (value: FieldIssue): string => (value.detail ? messages.text(value.detail) : language === 'en' ? value.message : messages.text({ key: 'msg.error.invalid' }));
  const error = (value: ApiError): string | null => {
    if (value.detail) return messages.text(value.detail);
    if (language === 'en') return value.message;
    const first = value.issues?.[0];
    return first ? issue(first) : null;
  };
  return { issue, error };
}
