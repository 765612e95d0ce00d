import { useTranslation } from 'react-i18next';
import { renderExplanationParts, renderMessage, type ExplanationLine, type Message, type Translate } from '../../electron/shared/pure/i18n/message';

/**
 * Renders the messages core builds (key + parameters) with the renderer's i18next, in the
 * UI's language, re-rendering when the language changes. The keys come from data, not from
 * code, so they are looked up untyped here, in this one place.
 */
export function useMessages(): { text: (message: Message) => string; line: (line: ExplanationLine) => { text: string; citation: string | null } } {
  const { t } = useTranslation();
  const translate: Translate = (key, params) => String((t as unknown as (k: string, p?: object) => unknown)(key, params));
  return { text: (message) => renderMessage(translate, message), line: (line) => renderExplanationParts(translate, line) };
}
