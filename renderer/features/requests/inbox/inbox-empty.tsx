import { useTranslation } from 'react-i18next';
import { NavIcon } from '../../shell/nav-icon';
import { isNarrowed } from './inbox-filters';
import { useInboxStore } from './inbox-store';

/** What the inbox says when the list is empty: nothing registered yet, or nothing matches the filters. */
export function InboxEmpty({ onNew }: { onNew: () => void }) {
  const { t } = useTranslation();
  const filters = useInboxStore((store) => store.filters);
  const counts = useInboxStore((store) => store.counts);
  const clearFilters = useInboxStore((store) => store.clearFilters);
  const nothingAtAll = counts !== null && Object.values(counts.byStatus).every((n) => n === 0);
  const narrowed = isNarrowed(filters) || filters.status.length > 0;
  return (
    <section className="empty-state inbox-empty" aria-labelledby="inbox-empty-title">
      <div className="empty-state-icon">
        <NavIcon section="requests" />
      </div>
      <h2 id="inbox-empty-title" className="empty-state-title">
        {nothingAtAll ? t('requests.list.emptyTitle') : t('requests.list.noMatchTitle')}
      </h2>
      <p className="empty-state-text">{nothingAtAll ? t('requests.list.emptyText') : t('requests.list.noMatchText')}</p>
      {nothingAtAll ? (
        <button type="button" className="button" onClick={onNew}>
          {t('requests.list.emptyAction')}
        </button>
      ) : narrowed ? (
        <button type="button" className="button" onClick={() => (isNarrowed(filters) ? clearFilters() : useInboxStore.getState().setFilters({ status: [] }))}>
          {isNarrowed(filters) ? t('requests.list.clearFilters') : t('requests.list.showAll')}
        </button>
      ) : null}
    </section>
  );
}
