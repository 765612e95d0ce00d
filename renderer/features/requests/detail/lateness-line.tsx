import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../electron/shared/requests';
import { useLanguage } from '../../../i18n/use-language';
import { formatInstant } from '../format';

/** "On time" or "N days late", against one clock. */
function LateBadge({ days }: { days: number | null }) {
  const { t } = useTranslation();
  if (days === null) return <span className="muted">{t('requests.record.lateness.none')}</span>;
  return days === 0 ? (
    <span className="days-badge days-ok">{t('requests.record.lateness.onTime')}</span>
  ) : (
    <span className="days-badge days-danger">{t('requests.record.lateness.late', { count: days })}</span>
  );
}

/**
 * Once a request is closed: answered on time or N days late, against the law and, separately,
 * against the organisation's commitment. A void request says so instead.
 */
export function LatenessLine({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (detail.void) {
    return (
      <p className="void-banner" role="note">
        {t('requests.record.voidBanner', { date: formatInstant(detail.void.at, detail.timeZone, language) })}
      </p>
    );
  }
  if (!detail.lateness) return null;
  return (
    <p className="lateness-line" data-testid="lateness">
      <strong>{t('requests.record.lateness.title')}:</strong> {t('requests.record.lateness.legal')} <LateBadge days={detail.lateness.legalDays} /> ·{' '}
      {t('requests.record.lateness.commitment')} <LateBadge days={detail.lateness.commitmentDays} />
    </p>
  );
}
