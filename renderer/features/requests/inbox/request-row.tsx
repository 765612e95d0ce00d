import { useTranslation } from 'react-i18next';
import type { RequestSummary } from '../../../../electron/shared/requests';
import { deadlineState } from '../deadline-state';
import { DaysLeftBadge } from '../days-left-badge';
import { StatusBadge } from '../status-badge';
import { useDeadlineText } from '../use-deadline-text';

interface RequestRowProps {
  request: RequestSummary;
  index: number;
  onOpen: (id: string) => void;
}

/**
 * One request in the inbox: a single button (Enter or a click opens it) whose text reads as
 * a sentence to a screen reader; both clocks are in its title for the mouse.
 */
export function RequestRow({ request, index, onOpen }: RequestRowProps) {
  const { t } = useTranslation();
  const text = useDeadlineText();
  const types = request.types.map((type) => t(`requests.types.${type}`)).join(', ');
  const due = dueClock(request);
  return (
    <button type="button" className="request-row" data-index={index} data-reference={request.reference} title={text.bothClocks(request)} onClick={() => onOpen(request.id)}>
      <span className="cell cell-reference">{request.reference}</span>
      <span className="cell cell-subject">
        <span className="subject-name">{request.subjectName}</span>
        <span className="subject-email">{request.subjectEmail ?? t('requests.list.noEmail')}</span>
      </span>
      <span className="cell cell-kind">
        <span className="kind-regime">
          {t(`requests.regimesShort.${request.regime}`)}
          {request.processorFor ? ` · ${t('clients.capacity.badge', { client: request.processorFor.clientName })}` : ''}
        </span>
        <span className="kind-types">{types}</span>
      </span>
      <span className="cell cell-status">
        <StatusBadge status={request.status} />
      </span>
      <span className="cell cell-due">
        <span className="due-date">{due.date ? text.date(due.date) : '–'}</span>
        {due.date && due.clock ? <span className="due-clock">{t(`requests.list.clock.${due.clock}`)}</span> : null}
      </span>
      <span className="cell cell-days">
        <DaysLeftBadge request={request} />
        <LateFlag request={request} />
      </span>
    </button>
  );
}

/**
 * The date the row shows is the one its badge counts from: the legal deadline once that is
 * past, the organisation's own commitment once only that is past, else whichever ends first.
 */
function dueClock(request: RequestSummary): { date: string | null; clock: 'legal' | 'organisation' | 'both' | 'forward' | null } {
  // Held as processor: the agreement's date to forward it to the client (review 5, E1).
  if (request.processorFor) return { date: request.processorFor.forwardBy, clock: 'forward' };
  const state = deadlineState(request);
  if (state.kind === 'overdue') return { date: request.legal.date, clock: 'legal' };
  if (state.kind === 'past-commitment') return { date: request.organisation.date, clock: 'organisation' };
  return { date: request.effective.date, clock: request.effective.drivenBy };
}

/** Closed late, against the law (red) or only against the commitment (amber); nothing when on time or open. */
function LateFlag({ request }: { request: RequestSummary }) {
  const { t } = useTranslation();
  const legal = request.lateness?.legalDays ?? 0;
  const commitment = request.lateness?.commitmentDays ?? 0;
  if (legal > 0) return <span className="days-badge days-danger late-flag">{t('requests.list.lateLegal', { count: legal })}</span>;
  if (commitment > 0) return <span className="days-badge days-warning late-flag">{t('requests.list.lateCommitment', { count: commitment })}</span>;
  return null;
}

/** The shape of a row whose page is still loading, so the list never jumps. */
export function RowPlaceholder({ index }: { index: number }) {
  const { t } = useTranslation();
  return (
    <div className="request-row request-row-loading" data-index={index} aria-busy="true">
      <span className="cell cell-reference">
        <span className="skeleton" />
      </span>
      <span className="cell cell-subject">
        <span className="skeleton skeleton-wide" />
        <span className="visually-hidden">{t('requests.list.loadingRow')}</span>
      </span>
    </div>
  );
}
