import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../electron/shared/requests';
import { ScreenHeading } from '../../../components/screen-heading';
import { DaysLeftBadge } from '../days-left-badge';
import { StatusBadge } from '../status-badge';
import { useDeadlineText } from '../use-deadline-text';
import { LatenessLine } from './lateness-line';

/**
 * The request at a glance: law and types, reference and person, status and time left, and
 * when we hold the data for a client, a badge saying we act as its processor (Art. 28(3)(e)).
 */
export function RequestHeader({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const text = useDeadlineText();
  const types = detail.types.map((type) => t(`requests.types.${type}`)).join(', ');
  return (
    <header className="request-header">
      <p className="request-eyebrow">
        {t(`requests.regimes.${detail.regime}`)} · {types}
      </p>
      <ScreenHeading className="request-title">
        <span className="request-reference">{detail.reference}</span>
        <span className="request-subject">{detail.subjectName}</span>
      </ScreenHeading>
      <div className="request-badges">
        <StatusBadge status={detail.status} />
        <DaysLeftBadge request={detail} />
        {detail.processorSide ? (
          <span className="capacity-badge" data-testid="processor-badge">
            {t('clients.capacity.headerBadge', { client: detail.processorSide.clientName })}
          </span>
        ) : null}
        <span className="muted">{t('requests.detail.received', { date: text.date(detail.receivedDate) })}</span>
      </div>
      <LatenessLine detail={detail} />
    </header>
  );
}
