import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../electron/shared/requests';
import { useMessages } from '../../../i18n/use-message';
import { useDeadlineText } from '../use-deadline-text';
import { ClockCard } from './clock-card';
import { DeadlineExplanations } from './deadline-explanations';
import { ProcessorRequestClocks } from './processor-request-clocks';
import { todayOf } from './today-of';

/** Both clocks side by side, which one drives, and how each date was reached. */
export function RequestClocks({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const text = useDeadlineText();
  const messages = useMessages();
  const { deadlines, effective } = detail;
  // A recorded extension binds only once its notice is recorded sent within the first period (review 6, F13).
  const notInEffect = deadlines.extension !== null && !deadlines.extension.inEffect ? deadlines.extension.why : null;
  const open = detail.status !== 'responded' && detail.status !== 'withdrawn';
  const drivenBy = effective.drivenBy ?? 'none';
  const today = todayOf(detail);
  const noticeOpen = deadlines.extensionNoticeBy !== null && today !== null && deadlines.extensionNoticeBy >= today;
  // Held for a client: the cards are ours as processor, the controller's deadline is context.
  if (detail.processorSide) return <ProcessorRequestClocks detail={detail} side={detail.processorSide} />;
  return (
    <section className="request-clocks" aria-label={t('requests.clocks.title')}>
      <div className="clock-cards">
        <ClockCard name="legal" clock={detail.legal} drives={open && (drivenBy === 'legal' || drivenBy === 'both')}>
          {notInEffect ? (
            <p className="warning-note" data-testid="extension-not-in-effect">
              {messages.text(notInEffect)}
            </p>
          ) : deadlines.extendedDue && deadlines.due ? (
            <p data-testid="extended-from">{t('requests.clocks.extendedFrom', { date: text.date(deadlines.due) })}</p>
          ) : null}
          {open && detail.status !== 'extended' && noticeOpen && deadlines.extensionNoticeBy ? (
            <p>{t('requests.clocks.extensionNoticeBy', { date: text.date(deadlines.extensionNoticeBy) })}</p>
          ) : null}
          {deadlines.acknowledgeBy ? <p>{t('requests.clocks.acknowledgeBy', { date: text.date(deadlines.acknowledgeBy) })}</p> : null}
          {detail.clockStops.map((stop) => (
            <p key={`${stop.from}-${stop.reason}`}>
              {stop.to
                ? t('requests.clocks.clockStops', { from: text.date(stop.from), to: text.date(stop.to), reason: t(`requests.clockStops.reasons.${stop.reason}`, { defaultValue: stop.reason }) })
                : t('requests.clocks.clockStopOpen', { from: text.date(stop.from), reason: t(`requests.clockStops.reasons.${stop.reason}`, { defaultValue: stop.reason }) })}
            </p>
          ))}
        </ClockCard>
        <ClockCard
          name="organisation"
          clock={detail.organisation}
          drives={open && (drivenBy === 'organisation' || drivenBy === 'both')}
        >
          {deadlines.organisationAcknowledgeBy ? (
            <p>{t('requests.clocks.organisationAcknowledgeBy', { date: text.date(deadlines.organisationAcknowledgeBy) })}</p>
          ) : null}
          {detail.organisation.date === null ? <p>{t('requests.clocks.noCommitment')}</p> : null}
        </ClockCard>
      </div>
      {open ? <p className="clock-driver">{t(`requests.clocks.drivenBy.${drivenBy}`)}</p> : null}
      <DeadlineExplanations explanations={deadlines.explanations} lines={deadlines.explanationLines} />
    </section>
  );
}
