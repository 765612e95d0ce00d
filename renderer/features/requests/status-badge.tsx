import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../electron/shared/requests';

/** A request's status as a small coloured label. */
export function StatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-${status}`}>{t(`requests.statuses.${status}`)}</span>;
}
