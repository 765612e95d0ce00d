import { useTranslation } from 'react-i18next';
import type { BreachStatus } from '../../../electron/shared/breaches';

/** A breach's place in its lifecycle (open → assessed → notified → closed) as a small coloured label. */
export function BreachStatusBadge({ status }: { status: BreachStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`breach-status breach-status-${status}`} data-status={status}>
      {t(`breaches.statuses.${status}`)}
    </span>
  );
}
