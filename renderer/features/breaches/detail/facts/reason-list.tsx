import { useTranslation } from 'react-i18next';
import type { TriageReason } from '../../../../../electron/shared/breaches';
import { useLanguage } from '../../../../i18n/use-language';

/**
 * Why the triage recommends what it does: each reason under the name of the factor that drove
 * it, translated by its code. The sentence itself is the triage's own (it carries the
 * figures), in English; it is marked so, so a screen reader pronounces it right.
 */
export function ReasonList({ reasons }: { reasons: readonly TriageReason[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <ul className="reason-list">
        {reasons.map((reason) => (
          <li key={reason.factor} className="reason" data-factor={reason.factor}>
            <span className="reason-factor">{t(`breaches.factors.${reason.factor}`, { defaultValue: reason.factor })}</span>
            <span className="reason-text" lang={language === 'en' ? undefined : 'en'}>
              {reason.text}
            </span>
          </li>
        ))}
      </ul>
      {language === 'en' ? null : <p className="fine-print">{t('breaches.triage.reasonsInEnglish')}</p>}
    </>
  );
}
