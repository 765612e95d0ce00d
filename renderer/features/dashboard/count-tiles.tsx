import { useTranslation } from 'react-i18next';
import type { Dashboard, RequestGroupKey } from '../../../electron/shared/dashboard';
import { useLanguage } from '../../i18n/use-language';
import { formatCount } from '../requests/format';
import { requestGroups } from './closed-lists';

const tones: Record<RequestGroupKey, 'danger' | 'warning' | 'neutral'> = {
  overdue: 'danger',
  pastCommitment: 'warning',
  dueToday: 'warning',
  dueThisWeek: 'neutral',
  acknowledgements: 'neutral',
  extensionNotices: 'neutral',
};

/** Moves to a list and puts the reading position on its heading. */
function goToGroup(key: RequestGroupKey): void {
  const heading = document.getElementById(`dash-group-${key}`);
  heading?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  heading?.focus({ preventScroll: true });
}

/** The numbers of the request lists below, each a way to its list; red or amber only when not zero. */
export function CountTiles({ requests }: { requests: Dashboard['requests'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="dash-tiles" aria-label={t('dashboard.counts.label')}>
      {requestGroups.map((key) => {
        const count = requests[key].total;
        const label = t(`dashboard.counts.${key}`);
        return (
          <li key={key}>
            <button
              type="button"
              className={`dash-tile${count > 0 ? ` dash-tile-${tones[key]}` : ''}`}
              data-count={key}
              onClick={() => goToGroup(key)}
            >
              <span className="dash-tile-label">{label}</span>
              <span className="dash-tile-value">{formatCount(count, language)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
