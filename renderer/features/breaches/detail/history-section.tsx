import { useTranslation } from 'react-i18next';
import type { BreachDetail, BreachStatus } from '../../../../electron/shared/breaches';
import { useHistoryLabel } from '../../../i18n/use-history-label';
import { useLanguage } from '../../../i18n/use-language';
import { formatInstant } from '../format-time';
import { BREACH_STATUSES_IN_ORDER } from '../statuses';
import { BreachStatusBadge } from '../status-badge';

const ACTIONS = ['created', 'updated', 'facts-updated', 'decided', 'action-added', 'notification-added', 'transition'] as const;
type Action = (typeof ACTIONS)[number];

/** The history names actions `breach.<what>`; the part after the dot picks the label. */
function knownAction(action: string): Action | null {
  const name = action.replace(/^breach\./, '');
  return ACTIONS.find((known) => known === name) ?? null;
}

const asStatus = (value: string | null): BreachStatus | null => BREACH_STATUSES_IN_ORDER.find((status) => status === value) ?? null;

/** Every recorded step, oldest first: what happened, the change of status, the DPO's words, who and when. */
export function HistorySection({ detail, timeZone }: { detail: BreachDetail; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const historyLabel = useHistoryLabel();
  return (
    <section className="breach-card" aria-labelledby="history-title">
      <h2 id="history-title" className="breach-card-title">
        {t('breaches.history.title')}
      </h2>
      <ol className="breach-timeline history">
        {detail.timeline.map((entry) => {
          const action = knownAction(entry.action);
          const from = asStatus(entry.fromStatus);
          const to = asStatus(entry.toStatus);
          return (
            <li key={entry.seq} className="timeline-item">
              <div className="timeline-item-head">
                <span className="history-action">{action ? t(`breaches.history.actions.${action}`) : historyLabel(entry.action)}</span>
                {from && to ? (
                  <span className="history-statuses">
                    <BreachStatusBadge status={from} />
                    <span aria-hidden="true">→</span>
                    <span className="visually-hidden">{t('breaches.history.to')}</span>
                    <BreachStatusBadge status={to} />
                  </span>
                ) : null}
              </div>
              {entry.reason ? <p className="history-reason pre-wrap">{entry.reason}</p> : null}
              <p className="meta-line">
                <time dateTime={entry.at}>{formatInstant(entry.at, timeZone, language, true)}</time> · {t('breaches.history.by', { actor: entry.actor })}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
