import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../electron/shared/requests';
import { useDeadlineText } from '../use-deadline-text';
import { ClockStopForm, type ClockStopMove } from './clock-stop-form';

/** The stops a request can take now: clarification (access requests only) and the fee, each asked or arrived. */
function movesOf(detail: RequestDetail): ClockStopMove[] {
  const reasons: ClockStopMove['reason'][] = detail.types.includes('access') ? ['clarification', 'fee'] : ['fee'];
  return reasons.map((reason) => ({ reason, action: detail.clockStops.some((stop) => stop.reason === reason && stop.to === null) ? 'end' : 'start' }));
}

/**
 * UK GDPR Art. 12A clock stops as request steps: asking the person to clarify an access
 * request (the days until the answer do not count) or for a fee (the month runs again from
 * payment), and recording when the answer or payment arrived. Shown only for open UK GDPR
 * requests; identity has its own step among the actions.
 */
export function ClockStopPanel({ detail, onChange }: { detail: RequestDetail; onChange: (detail: RequestDetail) => void }) {
  const { t } = useTranslation();
  const text = useDeadlineText();
  const [open, setOpen] = useState<ClockStopMove | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (detail.regime !== 'uk-gdpr' || detail.closedAt !== null || detail.status === 'void') return null;
  const moves = movesOf(detail);
  const same = (a: ClockStopMove | null, b: ClockStopMove) => a?.reason === b.reason && a.action === b.action;

  const done = (move: ClockStopMove, next: RequestDetail) => {
    onChange(next);
    setOpen(null);
    const date = next.deadlines.extendedDue ?? next.legal.date;
    setNotice(date ? t(`requests.clockStops.done.${move.action}`, { date: text.date(date) }) : t('requests.clockStops.done.stopped'));
  };

  return (
    <section className="request-card clock-stop-panel" aria-labelledby="clock-stop-title" data-testid="clock-stop-panel">
      <h2 id="clock-stop-title" className="card-title">
        {t('requests.clockStops.title')}
      </h2>
      <p className="muted">{t('requests.clockStops.intro')}</p>
      <p role="status" className="status-message action-notice">
        {notice ?? ''}
      </p>
      <div className="button-row action-buttons">
        {moves.map((move) => (
          <button
            key={move.reason}
            type="button"
            className="button"
            aria-expanded={same(open, move)}
            aria-controls="clock-stop-form-area"
            onClick={() => {
              setNotice(null);
              setOpen(same(open, move) ? null : move);
            }}
          >
            {t(`requests.clockStops.buttons.${move.reason}.${move.action}`)}
          </button>
        ))}
      </div>
      <div id="clock-stop-form-area">
        {open ? <ClockStopForm key={`${open.reason}-${open.action}`} detail={detail} move={open} onDone={(next) => done(open, next)} onCancel={() => setOpen(null)} /> : null}
      </div>
    </section>
  );
}
