import { useTranslation } from 'react-i18next';
import type { DashboardBreachRow } from '../../../electron/shared/dashboard';
import { useLanguage } from '../../i18n/use-language';
import { clockTone, clockView } from '../breaches/clock-view';
import { formatInstant } from '../breaches/format-time';
import { useClockText } from '../breaches/use-clock-text';
import { useNow } from '../breaches/use-now';
import { formatCivilDate } from '../requests/format';
import { openBreach } from './open-case';

/** One breach: reference and title, a countdown that moves every second, the deadline in the zone, the clocks it owes clients and the CSIRT, and the next step. */
export function BreachClockRow({ breach, timeZone }: { breach: DashboardBreachRow; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const clockText = useClockText();
  const now = useNow(1000);
  const view = clockView(breach, now);
  const action = t(`dashboard.actions.${breach.nextAction}`);
  return (
    <li className="dash-row dash-breach-row" data-breach={breach.reference}>
      <div className="dash-row-text">
        <button type="button" className="dash-row-main" onClick={() => openBreach(breach.id)}>
          <span className="dash-ref">{breach.reference}</span>
          <span className="dash-name">{breach.title}</span>
        </button>
        <div className="dash-row-meta">
          <span className="dash-when">{t('dashboard.breaches.deadline', { when: formatInstant(breach.authorityDeadline, timeZone, language, true, true) })}</span>
          {breach.followUp ? (
            <span className={`dash-when${breach.followUp.daysLeft < 0 ? ' dash-follow-up-overdue' : ''}`} data-testid="follow-up-due">
              {t(breach.followUp.daysLeft < 0 ? 'dashboard.breaches.followUpOverdue' : 'dashboard.breaches.followUp', { date: formatCivilDate(breach.followUp.due, language) })}
            </span>
          ) : null}
        </div>
        {breach.otherClocks.map((c) => (
          <div key={`${c.kind}-${c.partyId ?? ''}`} className={`dash-row-meta dash-other-clock clock-${c.status}`} data-kind={c.kind}>
            <span className="dash-when">
              {t('dashboard.breaches.otherClock', {
              what: t(`msg.clock.kind.${c.kind}`),
              party: c.party === 'csirt' ? t('msg.clock.party.csirt') : c.party,
                when: c.dueAt === null ? t(`msg.clock.status.${c.status}`) : `${formatInstant(c.dueAt, timeZone, language, true)} (${t(`msg.clock.status.${c.status}`)})`,
              })}
            </span>
          </div>
        ))}
      </div>
      <span className={`dash-clock dash-clock-${clockTone(view)}`} data-testid="breach-countdown">
        {clockText(view)}
      </span>
      <button type="button" className="button dash-action" onClick={() => openBreach(breach.id)} aria-label={t('dashboard.actionFor', { action, reference: breach.reference })}>
        {action}
      </button>
    </li>
  );
}
