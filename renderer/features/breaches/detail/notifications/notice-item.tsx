import { useTranslation } from 'react-i18next';
import type { BreachNotification } from '../../../../../electron/shared/breaches';
import { useLanguage } from '../../../../i18n/use-language';
import { formatInstant, formatNumber } from '../../format-time';

/** One notification as recorded: what kind, when and how it went, how long after awareness, what it said. */
export function NoticeItem({ notice, timeZone }: { notice: BreachNotification; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hours = formatNumber(notice.hoursAfterAwareness, language, 1);
  const kind =
    notice.recipient === 'authority'
      ? t(`breaches.notices.phases.${notice.phase ?? 'preliminary'}`)
      : notice.recipient === 'subjects'
        ? t('breaches.notices.toPeople', { count: notice.recipientsCount ?? 0, formatted: formatNumber(notice.recipientsCount ?? 0, language) })
        : t('breaches.notices.publicCommunication');
  const details = [
    t('breaches.notices.sentOn', { date: formatInstant(notice.sentAt, timeZone, language, true) }),
    notice.channel ? t(`breaches.notices.channels.${notice.channel}`) : null,
    notice.reference ? t('breaches.notices.ref', { reference: notice.reference }) : null,
  ].filter((part): part is string => part !== null);

  return (
    <li className="notice-item" data-recipient={notice.recipient} data-phase={notice.phase ?? undefined}>
      <div className="notice-head">
        <span className="notice-kind">{kind}</span>
        {notice.recipient === 'authority' ? (
          <span className={`notice-timing ${notice.late ? 'notice-late' : 'notice-in-time'}`}>
            {notice.late ? t('breaches.notices.late', { hours }) : t('breaches.notices.inTime', { hours })}
          </span>
        ) : (
          <span className="notice-timing">{t('breaches.notices.after', { hours })}</span>
        )}
      </div>
      <p className="meta-line">{details.join(' · ')}</p>
      <p className="notice-summary pre-wrap">{notice.summary}</p>
      {notice.adds ? (
        <p className="notice-adds pre-wrap">
          <strong>{t('breaches.notices.addsShort')}:</strong> {notice.adds}
        </p>
      ) : null}
      {notice.delayReasons ? (
        <p className="notice-delay pre-wrap">
          <strong>{t('breaches.notices.delayReasons')}:</strong> {notice.delayReasons}
        </p>
      ) : null}
    </li>
  );
}
