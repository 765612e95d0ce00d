import { useTranslation } from 'react-i18next';
import type { TriageReason } from '../../../../../electron/shared/breaches';
import { useMessages } from '../../../../i18n/use-message';

/**
 * Why the triage recommends what it does: each reason under the name of the factor that drove
 * it, its sentences rendered from the triage's messages in the UI's language (figures in the
 * language's number format, citations as the language writes them).
 */
export function ReasonList({ reasons }: { reasons: readonly TriageReason[] }) {
  const { t } = useTranslation();
  const messages = useMessages();
  return (
    <ul className="reason-list">
      {reasons.map((reason) => (
        <li key={reason.factor} className="reason" data-factor={reason.factor}>
          <span className="reason-factor">{t(`breaches.factors.${reason.factor}`, { defaultValue: reason.factor })}</span>
          <span className="reason-text">{reason.messages.map(messages.text).join(' ')}</span>
        </li>
      ))}
    </ul>
  );
}
