import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { formatCount } from '../format';
import { useInboxStore } from './inbox-store';

const tiles = [
  { key: 'open', tone: 'neutral' },
  { key: 'overdue', tone: 'danger' },
  { key: 'slaBreached', tone: 'warning' },
  { key: 'dueThisWeek', tone: 'neutral' },
] as const;

/** The four numbers a DPO looks at first; a count turns red or amber only when it is not zero. */
export function InboxCounts() {
  const { t } = useTranslation();
  const language = useLanguage();
  const counts = useInboxStore((store) => store.counts);
  return (
    <dl className="inbox-counts" aria-label={t('requests.counts.label')}>
      {tiles.map(({ key, tone }) => {
        const value = counts?.[key] ?? null;
        return (
          <div key={key} className={`count-tile${value ? ` count-${tone}` : ''}`} data-count={key}>
            <dt className="count-label">{t(`requests.counts.${key}`)}</dt>
            <dd className="count-value">{value === null ? '–' : formatCount(value, language)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
