import { useTranslation } from 'react-i18next';
import type { BreachDetail } from '../../../../electron/shared/breaches';
import { ScreenHeading } from '../../../components/screen-heading';
import { SeverityBadge } from '../severity-badge';
import { BreachStatusBadge } from '../status-badge';

/** The breach at a glance: cause, reference and title, status, severity and risk. */
export function BreachHeader({ detail }: { detail: BreachDetail }) {
  const { t } = useTranslation();
  return (
    <header className="breach-header">
      <p className="breach-eyebrow">
        {t('breaches.detail.eyebrow')}
        {detail.cause ? ` · ${t(`breaches.causes.${detail.cause}`)}` : ''}
      </p>
      <ScreenHeading className="breach-heading">
        <span className="breach-heading-reference">{detail.reference}</span>
        <span className="breach-heading-title">{detail.title}</span>
      </ScreenHeading>
      <div className="breach-badges">
        <BreachStatusBadge status={detail.status} />
        <SeverityBadge severity={detail.severity} withScore />
        {detail.risk ? <span className="risk-tag" data-risk={detail.risk}>{t(`breaches.risk.long.${detail.risk}`)}</span> : null}
      </div>
    </header>
  );
}
