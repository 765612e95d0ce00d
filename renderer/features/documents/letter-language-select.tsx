import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterLanguage } from './document-types';

const LANGUAGES: readonly LetterLanguage[] = ['en', 'it'];

/** The language a letter is written in; always one of them, so there is no empty choice. */
export function LetterLanguageSelect({ value, onChange }: { value: LetterLanguage; onChange: (language: LetterLanguage) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t('documents.language')}
      </label>
      <select id={id} className="input select" value={value} onChange={(event) => onChange(event.target.value === 'it' ? 'it' : 'en')}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {t(`documents.languages.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
