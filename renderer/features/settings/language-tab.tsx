import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguagePreference } from '../../i18n';
import { languageFromTag, readLanguagePreference, type LanguagePreference } from '../../i18n/language';
import { FormSection } from './form-section';

const choices: readonly LanguagePreference[] = ['system', 'en', 'it'];
const ownNames = { en: 'English', it: 'Italiano' } as const;

/** Settings → Language: follow the operating system, or pick English or Italian. Applies at once. */
export function LanguageTab() {
  const { t } = useTranslation();
  const [preference, setPreference] = useState<LanguagePreference>(readLanguagePreference);
  const systemLanguage = ownNames[languageFromTag(navigator.language)];

  const choose = (next: LanguagePreference): void => {
    setPreference(next);
    void setLanguagePreference(next);
  };

  return (
    <div className="settings-form">
      <FormSection title={t('settings.language.title')} description={t('settings.language.intro')}>
        <div className="radio-list">
          {choices.map((choice) => (
            <label key={choice} className="radio-option">
              <input type="radio" name="language" value={choice} checked={preference === choice} onChange={() => choose(choice)} />
              <span className="radio-option-text">
                <span className="radio-option-label" lang={choice === 'system' ? undefined : choice}>
                  {choice === 'system' ? t('settings.language.system') : ownNames[choice]}
                </span>
                {choice === 'system' ? (
                  <span className="radio-option-hint">{t('settings.language.systemHint', { language: systemLanguage })}</span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
      </FormSection>
    </div>
  );
}
