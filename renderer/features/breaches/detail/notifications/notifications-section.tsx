import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachDetail, NotificationRecipient } from '../../../../../electron/shared/breaches';
import { useBreachOptions } from '../../use-breach-options';
import { NoticeForm } from './notice-form';
import { FollowUpNote } from './follow-up-note';
import { NoticeItem } from './notice-item';

interface NotificationsSectionProps {
  detail: BreachDetail;
  timeZone: string;
  onChange: (detail: BreachDetail) => void;
}

/**
 * Who has been told: the supervisory authority in phases (Art. 33), the people affected
 * (Art. 34) or the public (Art. 34(3)(c)); each with a button that opens its form in place.
 */
export function NotificationsSection({ detail, timeZone, onChange }: NotificationsSectionProps) {
  const { t } = useTranslation();
  const options = useBreachOptions();
  const [open, setOpen] = useState<NotificationRecipient | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const closed = detail.status === 'closed';
  const toAuthority = detail.notifications.filter((n) => n.recipient === 'authority');
  const toPeople = detail.notifications.filter((n) => n.recipient !== 'authority');

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const opener = (recipient: NotificationRecipient, primary: boolean) => (
    <button
      type="button"
      className={`button${primary ? ' button-primary' : ''}`}
      aria-expanded={open === recipient}
      onClick={() => {
        setNotice(null);
        setOpen(open === recipient ? null : recipient);
      }}
    >
      {t(`breaches.notices.open.${recipient}`)}
    </button>
  );

  const form = (recipient: NotificationRecipient) =>
    options ? (
      <NoticeForm
        key={recipient}
        detail={detail}
        recipient={recipient}
        options={options}
        timeZone={timeZone}
        onCancel={() => setOpen(null)}
        onDone={(next) => {
          setOpen(null);
          onChange(next);
          setNotice(t(`breaches.notices.recorded.${recipient}`));
        }}
      />
    ) : null;

  return (
    <section className="breach-card notifications" aria-labelledby="notifications-title">
      <h2 id="notifications-title" className="breach-card-title">
        {t('breaches.notices.title')}
      </h2>
      <p ref={noticeRef} role="status" tabIndex={-1} className="status-message step-notice">
        {notice ?? ''}
      </p>
      <h3 className="notice-group-title">{t('breaches.notices.authorityTitle')}</h3>
      {toAuthority.length > 0 ? (
        <ol className="notice-list">
          {toAuthority.map((n) => (
            <NoticeItem key={n.id} notice={n} timeZone={timeZone} />
          ))}
        </ol>
      ) : (
        <p className="muted-text">{t('breaches.notices.noneToAuthority')}</p>
      )}
      {detail.followUp ? <FollowUpNote followUp={detail.followUp} timeZone={timeZone} /> : null}
      {closed ? null : <div className="button-row">{opener('authority', toAuthority.length === 0 && detail.decision?.notifyAuthority === true)}</div>}
      {open === 'authority' ? form('authority') : null}
      <h3 className="notice-group-title">{t('breaches.notices.peopleTitle')}</h3>
      {toPeople.length > 0 ? (
        <ol className="notice-list">
          {toPeople.map((n) => (
            <NoticeItem key={n.id} notice={n} timeZone={timeZone} />
          ))}
        </ol>
      ) : (
        <p className="muted-text">{t('breaches.notices.noneToPeople')}</p>
      )}
      {closed ? null : (
        <div className="button-row">
          {opener('subjects', toPeople.length === 0 && detail.decision?.notifySubjects === true)}
          {opener('public', false)}
        </div>
      )}
      {open === 'subjects' || open === 'public' ? form(open) : null}
    </section>
  );
}
