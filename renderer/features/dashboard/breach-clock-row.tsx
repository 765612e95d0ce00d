import { useTranslation } from 'react-i18next';
import type { DashboardBreachRow } from '../../../electron/shared/dashboard';
import { useLanguage } from '../../i18n/use-language';
import { clockTone, clockView } from '../breaches/clock-view';
import { formatInstant } from '../breaches/format-time';
import { useClockText } from '../breaches/use-clock-text';
import { useNow } from '../breaches/use-now';
import { formatCivilDate } from '../requests/format';
import { openBreach } from './open-case';

/** The earliest deadline among clocks still to be met, or null when none has one ("without undue delay"). */
function soonest(clocks: DashboardBreachRow['otherClocks']): string | null {
  const due = clocks.flatMap((c) => (c.dueAt === null ? [] : [c.dueAt])).sort((a, b) => Date.parse(a) - Date.parse(b));
  return due[0] ?? null;
}

/** One breach: reference and title, a countdown that moves every second (the authority's 72 hours, or our soonest notice to a client when the breach touches only clients' data), the deadline in the zone, the clocks it owes clients and the CSIRT, and the next step. */
export function BreachClockRow({ breach, timeZone }: { breach: DashboardBreachRow; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const clockText = useClockText();
  const now = useNow(1000);
  // Processor only: the authority's 72 hours are the clients' to keep, so the countdown runs on our soonest notice to a client (Art. 33(2)).
  const lead = breach.controllerSide ? null : soonest(breach.otherClocks);
  const view = breach.controllerSide ? clockView(breach, now) : lead ? clockView({ clock: 'running', authorityDeadline: lead }, now) : null;
  const action = t(`dashboard.actions.${breach.nextAction}`);
  const countdownText = () => {
    if (!view) return t('msg.clock.status.undue-delay');
    // "Past 72 h" is the authority's clock: a client's notice past its contract's hours says so instead.
    if (!breach.controllerSide && view.kind === 'overdue') return t('dashboard.breaches.clientOverdue', { hours: view.hours, minutes: view.minutes });
    return clockText(view);
  };
  return (
    <li className="dash-row dash-breach-row" data-breach={breach.reference}>
      <div className="dash-row-text">
        <button type="button" className="dash-row-main" onClick={() => openBreach(breach.id)}>
          <span className="dash-ref">{breach.reference}</span>
          <span className="dash-name">{breach.title}</span>
        </button>
        <div className="dash-row-meta">
          {breach.controllerSide ? (
            <span className="dash-when">{t('dashboard.breaches.deadline', { when: formatInstant(breach.authorityDeadline, timeZone, language, true, true) })}</span>
          ) : (
            <span className="dash-when" data-testid="processor-only">{t('dashboard.breaches.processorOnly')}</span>
          )}
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
      <span className={`dash-clock dash-clock-${view ? clockTone(view) : 'warning'}`} data-testid="breach-countdown">
        {countdownText()}
      </span>
      <button type="button" className="button dash-action" onClick={() => openBreach(breach.id)} aria-label={t('dashboard.actionFor', { action, reference: breach.reference })}>
        {action}
      </button>
    </li>
  );
}
