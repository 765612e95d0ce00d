import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail, RequestStatus } from '../../../../electron/shared/requests';
import { useDeadlineText } from '../use-deadline-text';
import type { ActionProps } from './actions/action-props';
import { ExtendForm } from './actions/extend-form';
import { IdentityRequestForm } from './actions/identity-request-form';
import { IdentityVerifiedForm } from './actions/identity-verified-form';
import { RespondForm } from './actions/respond-form';
import { WithdrawForm } from './actions/withdraw-form';

type Move = Exclude<RequestStatus, 'received' | 'void'>;

const forms: Record<Move, ComponentType<ActionProps>> = {
  'awaiting-identity': IdentityRequestForm,
  'in-progress': IdentityVerifiedForm,
  extended: ExtendForm,
  responded: RespondForm,
  withdrawn: WithdrawForm,
};

/** The step a DPO most likely takes next, shown as the primary button. */
function primaryMove(detail: RequestDetail): Move | null {
  const allowed = detail.allowedTransitions;
  if (allowed.includes('awaiting-identity') && detail.identity.outcome === 'pending' && detail.identity.requestedAt === null) return 'awaiting-identity';
  if (allowed.includes('in-progress')) return 'in-progress';
  if (allowed.includes('responded')) return 'responded';
  return null;
}

/**
 * The steps the request's status allows now, and nothing else: each opens its own small
 * form in place. A recorded step is announced, and the page shows its effect at once.
 */
export function ActionsPanel({ detail, onChange }: { detail: RequestDetail; onChange: (detail: RequestDetail) => void }) {
  const { t } = useTranslation();
  const text = useDeadlineText();
  const [open, setOpen] = useState<Move | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // Opt-out and limit requests under the CCPA must not wait for identity: the step is not offered.
  const moves = detail.allowedTransitions.filter(
    (move): move is Move => move !== 'received' && move !== 'void' && !(move === 'awaiting-identity' && detail.identity.outcome === 'not-required'),
  );
  const primary = primaryMove(detail);
  const Form = open ? forms[open] : null;

  const label = (move: Move) =>
    move === 'in-progress' && detail.identity.outcome === 'not-required' ? t('requests.actions.startWork') : t(`requests.actions.open.${move}`);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const done = (move: Move, next: RequestDetail) => {
    onChange(next);
    setOpen(null);
    const date = next.deadlines.extendedDue ?? next.legal.date;
    setNotice(t(`requests.actions.done.${move}`, { date: date ? text.date(date) : '' }));
  };

  return (
    <section className="request-card actions-panel" aria-labelledby="actions-title">
      <h2 id="actions-title" className="card-title">
        {t('requests.actions.title')}
      </h2>
      <p ref={noticeRef} role="status" tabIndex={-1} className="status-message action-notice">
        {notice ?? ''}
      </p>
      {moves.length === 0 ? (
        <p className="muted">{t('requests.actions.closed')}</p>
      ) : (
        <div className="button-row action-buttons">
          {moves.map((move) => (
            <button
              key={move}
              type="button"
              className={`button${move === primary ? ' button-primary' : ''}${move === 'withdrawn' ? ' button-quiet' : ''}`}
              aria-expanded={open === move}
              aria-controls="action-form-area"
              onClick={() => {
                setNotice(null);
                setOpen(open === move ? null : move);
              }}
            >
              {label(move)}
            </button>
          ))}
        </div>
      )}
      <div id="action-form-area">{Form && open ? <Form key={open} detail={detail} onDone={(next) => done(open, next)} onCancel={() => setOpen(null)} /> : null}</div>
    </section>
  );
}
