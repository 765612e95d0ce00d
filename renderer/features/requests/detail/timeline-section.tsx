import { useTranslation } from 'react-i18next';
import type { CorrectableField, RequestDetail, RequestStatus, RequestTimelineEntry } from '../../../../electron/shared/requests';
import { useHistoryLabel } from '../../../i18n/use-history-label';
import { useLanguage } from '../../../i18n/use-language';
import { formatInstant } from '../format';
import { StatusBadge } from '../status-badge';

const STATUSES: readonly string[] = ['received', 'awaiting-identity', 'in-progress', 'extended', 'responded', 'withdrawn', 'void'];
const KNOWN_ACTIONS = [
  'created', 'transition', 'note-added', 'note-corrected', 'attachment-added', 'receipt-corrected', 'corrected', 'acknowledged', 'voided', 'reopened', 'extension-undone',
  'clock-stopped', 'clock-restarted',
] as const;
const FIELDS: readonly string[] = [
  'receivedAt', 'types', 'channel', 'subjectName', 'subjectEmail', 'subjectPhone', 'subjectAddress', 'requesterRelation', 'requesterName',
  'requesterEmail', 'under16', 'complex', 'description', 'systems',
];
type KnownAction = (typeof KNOWN_ACTIONS)[number];

const isStatus = (value: unknown): value is RequestStatus => typeof value === 'string' && STATUSES.includes(value);
/** The history's action names are `request.<what>`; the part after the dot names the label. */
function knownAction(action: string): KnownAction | null {
  const name = action.replace(/^request\./, '');
  return KNOWN_ACTIONS.find((known) => known === name) ?? null;
}

/** The from/to statuses and reason a history entry carries, read defensively (its data is typed `unknown`). */
function entryFacts(entry: RequestTimelineEntry): { from: RequestStatus | null; to: RequestStatus | null; reason: string | null } {
  const data = typeof entry.data === 'object' && entry.data !== null ? (entry.data as Record<string, unknown>) : {};
  return {
    from: isStatus(data.from) ? data.from : null,
    to: isStatus(data.to) ? data.to : null,
    reason: typeof data.reason === 'string' && data.reason.trim() ? data.reason : null,
  };
}

/** Every step of the request, oldest first: what happened, the change of status, why, who and when (in the organisation's zone). */
export function TimelineSection({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const historyLabel = useHistoryLabel();
  return (
    <section className="request-card" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="card-title">
        {t('requests.timeline.title')}
      </h2>
      {detail.timeline.length === 0 ? (
        <p className="muted">{t('requests.timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {detail.timeline.map((entry) => {
            const { from, to, reason } = entryFacts(entry);
            const action = knownAction(entry.action);
            return (
              <li key={entry.seq} className="timeline-entry">
                <div className="timeline-head">
                  <span className="timeline-action">{action ? t(`requests.timeline.actions.${action}`) : historyLabel(entry.action)}</span>
                  {from || to ? (
                    <span className="timeline-statuses">
                      {from ? <StatusBadge status={from} /> : null}
                      {from && to ? (
                        <>
                          <span className="timeline-arrow" aria-hidden="true">
                            →
                          </span>
                          <span className="visually-hidden">{t('requests.timeline.to')}</span>
                        </>
                      ) : null}
                      {to ? <StatusBadge status={to} /> : null}
                    </span>
                  ) : null}
                </div>
                {entry.changes && entry.changes.length > 0 ? (
                  <ul className="timeline-changes">
                    {entry.changes.map((change) => (
                      <li key={change.field}>
                        {t('requests.timeline.changed', { field: FIELDS.includes(change.field) ? t(`requests.record.fields.${change.field as CorrectableField}`) : change.field })}:{' '}
                        <del>{change.from || t('requests.timeline.empty_value')}</del> → <ins>{change.to || t('requests.timeline.empty_value')}</ins>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {reason ? <p className="timeline-reason pre-line">{reason}</p> : null}
                <p className="timeline-meta">
                  <time dateTime={entry.at}>{formatInstant(entry.at, detail.timeZone, language)}</time> · {t('requests.timeline.by', { actor: entry.actor })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
