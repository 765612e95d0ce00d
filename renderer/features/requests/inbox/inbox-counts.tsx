import { useTranslation } from 'react-i18next';
import type { RequestGroupKey } from '../../../../electron/shared/dashboard';
import { useLanguage } from '../../../i18n/use-language';
import { formatCount } from '../format';
import { defaultFilters } from './inbox-filters';
import { useInboxStore } from './inbox-store';

/** Each count after "Open" is one of Today's lists, counted by the same filter: pressing it lists them. */
const tiles = [
  { key: 'open', tone: 'neutral', group: null },
  { key: 'overdue', tone: 'danger', group: 'overdue' },
  { key: 'slaBreached', tone: 'warning', group: 'pastCommitment' },
  { key: 'dueToday', tone: 'neutral', group: 'dueToday' },
  { key: 'dueThisWeek', tone: 'neutral', group: 'dueThisWeek' },
] as const satisfies readonly { key: string; tone: string; group: RequestGroupKey | null }[];

/** The numbers a DPO looks at first (the same as Today's); a count turns red or amber only when it is not zero. */
export function InboxCounts() {
  const { t } = useTranslation();
  const language = useLanguage();
  const counts = useInboxStore((store) => store.counts);
  const group = useInboxStore((store) => store.filters.group);
  const setFilters = useInboxStore((store) => store.setFilters);
  return (
    <dl className="inbox-counts" aria-label={t('requests.counts.label')}>
      {tiles.map((tile) => {
        const value = counts?.[tile.key] ?? null;
        const label = t(`requests.counts.${tile.key}`);
        const shown = value === null ? '–' : formatCount(value, language);
        const pressed = tile.group !== null && group === tile.group;
        return (
          <div key={tile.key} className={`count-tile${value ? ` count-${tile.tone}` : ''}${pressed ? ' count-pressed' : ''}`} data-count={tile.key}>
            <dt className="count-label">{label}</dt>
            <dd className="count-value">
              {tile.group === null ? (
                shown
              ) : (
                <button
                  type="button"
                  className="count-button"
                  aria-pressed={pressed}
                  aria-label={t('requests.counts.showList', { label, value: shown })}
                  onClick={() => setFilters(pressed ? { group: '' } : { ...defaultFilters, search: '', group: tile.group })}
                >
                  {shown}
                </button>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
