import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../electron/shared/dashboard';
import { BreachClockRow } from './breach-clock-row';

/** The first block of the day: every breach not yet closed, with its 72-hour clock, the running ones first. */
export function BreachClocks({ breaches, timeZone }: { breaches: Dashboard['breaches']; timeZone: string }) {
  const { t } = useTranslation();
  const running = breaches.rows.some((b) => b.clock === 'running' || b.clock === 'overdue');
  return (
    <section className={`dash-card dash-breaches${running ? ' dash-breaches-running' : ''}`} aria-labelledby="dash-breaches-title">
      <div className="dash-card-head">
        <h2 id="dash-breaches-title" className="dash-card-title">
          {t('dashboard.breaches.title')}
          <span className="dash-count" data-testid="count-breaches">
            {breaches.total}
          </span>
        </h2>
        <p className="dash-card-hint">{t('dashboard.breaches.intro')}</p>
      </div>
      {breaches.rows.length === 0 ? (
        <p className="dash-empty">{t('dashboard.breaches.none')}</p>
      ) : (
        <ul className="dash-rows">
          {breaches.rows.map((breach) => (
            <BreachClockRow key={breach.id} breach={breach} timeZone={timeZone} />
          ))}
        </ul>
      )}
      {breaches.total > breaches.rows.length ? <p className="dash-more">{t('dashboard.breaches.more', { count: breaches.total - breaches.rows.length })}</p> : null}
    </section>
  );
}
