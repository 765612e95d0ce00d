import { useTranslation } from 'react-i18next';
import type { PassphraseAssessment } from '../../../electron/shared/contract/vault';

/**
 * The strength of a new passphrase: a bar on zxcvbn's 0–4 scale, a word for it, and the
 * estimator's warning and suggestions (already in the UI language, from main).
 */
export function StrengthMeter({ assessment, empty }: { assessment: PassphraseAssessment | null; empty: boolean }) {
  const { t } = useTranslation();
  const score = assessment?.score ?? null;
  const label = score === null ? (empty ? t('strength.empty') : t('strength.checking')) : t(`strength.score.${score}`);
  return (
    <div className="strength">
      <div className="strength-row">
        <div
          className="strength-bar"
          data-score={score ?? 'none'}
          role="meter"
          aria-label={t('strength.label')}
          aria-valuemin={0}
          aria-valuemax={4}
          aria-valuenow={score ?? 0}
          aria-valuetext={label}
        >
          <span className="strength-fill" />
        </div>
        <span className="strength-text" aria-live="polite">
          {label}
          {assessment && !assessment.acceptable ? ` · ${t('strength.notAcceptable')}` : ''}
        </span>
      </div>
      {assessment?.warning ? <p className="strength-warning">{assessment.warning}</p> : null}
      {assessment && assessment.suggestions.length > 0 ? (
        <ul className="strength-suggestions">
          {assessment.suggestions.map((suggestion) => (
            <li key={suggestion}>{suggestion}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
