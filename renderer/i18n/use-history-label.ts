import { useTranslation } from 'react-i18next';

/**
 * The label of a history entry from its action code (`request.letter-finalised`,
 * `breach.notice-finalised`), from the shared catalogue (`msg.history.*`). An action this
 * build does not know yet reads "Change recorded" in the UI's language, never its raw code.
 */
export function useHistoryLabel(): (action: string) => string {
  const { t, i18n } = useTranslation();
  const untyped = t as unknown as (key: string) => string;
  return (action) => {
    const key = `msg.history.${action}`;
    return /^(request|breach)\.[a-z-]+$/.test(action) && i18n.exists(key) ? untyped(key) : untyped('msg.history.other');
  };
}
