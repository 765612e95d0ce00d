import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachDetail, BreachStatus, TransitionBreach } from '../../../../electron/shared/breaches';
import { ErrorAlert } from '../../../components/error-alert';
import { TextareaField } from '../../../components/textarea-field';
import { call } from '../../../lib/api';
import { BREACH_STATUSES_IN_ORDER } from '../statuses';
import { useMessages } from '../../../i18n/use-message';
import { useFactLabel } from '../use-fact-label';
import { transitionBlocker, type Blocker } from './transition-blocker';
import { useBreachChange } from './use-breach-change';

/** The 'breaches.transition' input for a move; the lifecycle never moves back to open. */
function transitionTo(to: BreachStatus, reason: string): TransitionBreach | null {
  switch (to) {
    case 'assessed':
    case 'notified':
      return { to };
    case 'closed':
      return { to, reason };
    case 'open':
      return null;
  }
}

/**
 * Where the breach is in its lifecycle and the step the back end offers from here: a button
 * when it is allowed now, or what still blocks it, in plain words. Closing asks why.
 */
export function NextSteps({ detail, onChange }: { detail: BreachDetail; onChange: (detail: BreachDetail) => void }) {
  const { t } = useTranslation();
  const factLabel = useFactLabel();
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const change = useBreachChange(onChange, 'transition.');
  const messages = useMessages();
  const current = BREACH_STATUSES_IN_ORDER.indexOf(detail.status);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const blockerText = (blocker: Blocker): string => {
    if (blocker.key === 'api') return messages.text(blocker.text);
    if (blocker.key === 'missingFacts') return t('breaches.next.blockers.missingFacts', { fields: blocker.fields.map(factLabel).join(', ') });
    return t(`breaches.next.blockers.${blocker.key}`);
  };

  const move = async (to: BreachStatus) => {
    if (to === 'closed' && !closing) {
      setClosing(true);
      return;
    }
    if (to === 'closed') {
      setTried(true);
      if (!reason.trim()) return;
    }
    const transition = transitionTo(to, reason);
    if (!transition) return;
    setNotice(null);
    const next = await change.run(() => call('breaches.transition', { id: detail.id, expectedVersion: detail.version, transition }));
    if (next) {
      setClosing(false);
      setNotice(t('breaches.next.done', { status: t(`breaches.statuses.${next.status}`).toLocaleLowerCase() }));
    }
  };

  return (
    <section className="breach-card next-steps" aria-labelledby="next-steps-title">
      <h2 id="next-steps-title" className="breach-card-title">
        {t('breaches.next.title')}
      </h2>
      <ol className="lifecycle" aria-label={t('breaches.next.lifecycle')}>
        {BREACH_STATUSES_IN_ORDER.map((status, index) => (
          <li key={status} className={index < current ? 'lifecycle-done' : index === current ? 'lifecycle-current' : 'lifecycle-later'} aria-current={index === current ? 'step' : undefined}>
            {t(`breaches.statuses.${status}`)}
          </li>
        ))}
      </ol>
      <p ref={noticeRef} role="status" tabIndex={-1} className="status-message step-notice">
        {notice ?? ''}
      </p>
      {detail.transitions.length === 0 ? <p className="muted-text">{t('breaches.next.closed')}</p> : null}
      {detail.transitions.map(({ to, problem }) => {
        const blocker = transitionBlocker(detail, to, problem);
        const blockerId = `blocker-${to}`;
        return (
          <div key={to} className="next-step">
            <button
              type="button"
              className={`button${blocker ? '' : ' button-primary'}`}
              disabled={blocker !== null || change.busy}
              aria-describedby={blocker ? blockerId : undefined}
              onClick={() => void move(to)}
            >
              {t(`breaches.next.moves.${to}`)}
            </button>
            {blocker ? (
              <p id={blockerId} className="blocker">
                {blockerText(blocker)}
              </p>
            ) : (
              <p className="next-step-hint">{t(`breaches.next.hints.${to}`)}</p>
            )}
          </div>
        );
      })}
      {closing ? (
        <div className="close-form">
          <TextareaField
            label={t('breaches.next.closeReason')}
            value={reason}
            onValueChange={setReason}
            rows={2}
            maxLength={4000}
            error={tried && !reason.trim() ? t('breaches.common.required') : change.issueOf('reason')}
          />
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={change.busy} onClick={() => void move('closed')}>
              {t('breaches.next.confirmClose')}
            </button>
            <button type="button" className="button" onClick={() => setClosing(false)}>
              {t('breaches.common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorAlert error={change.error} />
    </section>
  );
}
