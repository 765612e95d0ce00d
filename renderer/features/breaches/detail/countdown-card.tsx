import { useTranslation } from 'react-i18next';
import type { BreachDetail } from '../../../../electron/shared/breaches';
import { useLanguage } from '../../../i18n/use-language';
import { clockTone, clockView, elapsedShare } from '../clock-view';
import { formatInstant, formatNumber } from '../format-time';
import { useClockText } from '../use-clock-text';
import { useNow } from '../use-now';

/**
 * The Art. 33(1) countdown, live to the minute: time left (amber in the last 24 hours, red
 * once past), how much of the 72 hours has gone, the exact deadline in the organisation's
 * zone, and once it has stopped, how: notified in time or late, or not required.
 */
export function CountdownCard({ detail, timeZone }: { detail: BreachDetail; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow(1_000);
  const text = useClockText();
  const view = clockView(detail, now);
  const tone = clockTone(view);
  const when = (instant: string) => formatInstant(instant, timeZone, language, true, true);
  const first = detail.notifications.find((notice) => notice.recipient === 'authority');
  const share = view.kind === 'running' || view.kind === 'overdue' ? elapsedShare(detail.awareAt, now) : 1;

  return (
    <section className={`breach-card countdown countdown-${tone}`} aria-labelledby="countdown-title" data-clock={view.kind}>
      <h2 id="countdown-title" className="countdown-title">
        {t('breaches.countdown.title')}
      </h2>
      <p className="countdown-value" role="timer" data-testid="countdown">
        {text(view)}
      </p>
      <div className="countdown-bar" aria-hidden="true">
        <span className="countdown-fill" style={{ width: `${Math.round(share * 1000) / 10}%` }} />
      </div>
      {first && (view.kind === 'notified-in-time' || view.kind === 'notified-late') ? (
        <p className="countdown-stopped">
          {t(view.kind === 'notified-in-time' ? 'breaches.countdown.notifiedInTime' : 'breaches.countdown.notifiedLate', {
            date: when(first.sentAt),
            hours: formatNumber(first.hoursAfterAwareness, language, 1),
          })}
        </p>
      ) : null}
      {view.kind === 'not-required' ? <p className="countdown-stopped">{t('breaches.countdown.notRequired')}</p> : null}
      <dl className="countdown-facts">
        <div>
          <dt>{t('breaches.countdown.deadline')}</dt>
          <dd data-testid="deadline">
            <time dateTime={detail.authorityDeadline}>{when(detail.authorityDeadline)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('breaches.countdown.awareAt')}</dt>
          <dd data-testid="aware-at">
            <time dateTime={detail.awareAt}>{when(detail.awareAt)}</time>
          </dd>
        </div>
      </dl>
      <p className="countdown-note">{t('breaches.countdown.note', { zone: timeZone })}</p>
    </section>
  );
}
