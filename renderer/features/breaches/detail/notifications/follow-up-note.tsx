import { useTranslation } from 'react-i18next';
import type { BreachFollowUp } from '../../../../../electron/shared/breaches';
import { useLanguage } from '../../../../i18n/use-language';
import { formatCivilDate } from '../../../requests/format';
import { formatInstant } from '../../format-time';

/**
 * The complete notification still owed after a preliminary one (Art. 33(4)): when it is due,
 * how far that is, and where the period comes from (the Regulation fixes none: the DPO's
 * setting, or the default of 30 days).
 */
export function FollowUpNote({ followUp, timeZone }: { followUp: BreachFollowUp; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const overdue = followUp.daysLeft < 0;
  const distance = overdue
    ? t('breaches.followUp.overdue', { count: -followUp.daysLeft })
    : followUp.daysLeft === 0
      ? t('breaches.followUp.today')
      : t('breaches.followUp.left', { count: followUp.daysLeft });
  return (
    <div className={`follow-up-note${overdue ? ' follow-up-overdue' : ''}`} data-testid="follow-up">
      <p className="follow-up-head">
        <strong>{t('breaches.followUp.due', { date: formatCivilDate(followUp.due, language) })}</strong> · {distance}
      </p>
      <p className="field-hint">
        {t('breaches.followUp.explain', { days: followUp.days, date: formatInstant(followUp.preliminaryAt, timeZone, language, true) })}{' '}
        {followUp.defaultPeriod ? t('breaches.followUp.defaultPeriod', { days: followUp.days }) : t('breaches.followUp.setPeriod')}
      </p>
    </div>
  );
}
