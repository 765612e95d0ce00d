import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import type { LetterPreview } from './document-types';

/** What the DPO should check before finalising (a date after the deadline, text in the other language); it does not stop the letter. */
export function LetterWarnings({ warnings }: { warnings: LetterPreview['warnings'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (warnings.length === 0) return null;
  return (
    <div className="warning-note letter-warnings" role="status">
      <p className="letter-subtitle">{t('documents.warnings.title')}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.code}-${warning.message.en}`}>{warning.message[language]}</li>
        ))}
      </ul>
    </div>
  );
}
