import { useTranslation } from 'react-i18next';
import { NavIcon } from '../../shell/nav-icon';
import { QuickEntryButton } from '../quick-entry-button';
import { useBreachListStore } from './breach-list-store';
import { isNarrowed } from './list-query';

/** An empty register says so calmly and offers the quick entry; a filtered one offers to show everything. */
export function BreachListEmpty() {
  const { t } = useTranslation();
  const filters = useBreachListStore((store) => store.filters);
  const clearFilters = useBreachListStore((store) => store.clearFilters);
  const narrowed = isNarrowed(filters);
  return (
    <section className="empty-state breach-empty" aria-labelledby="breach-empty-title">
      <div className="empty-state-icon">
        <NavIcon section="breaches" />
      </div>
      <h2 id="breach-empty-title" className="empty-state-title">
        {narrowed ? t('breaches.list.noMatchTitle') : t('breaches.list.emptyTitle')}
      </h2>
      <p className="empty-state-text">{narrowed ? t('breaches.list.noMatchText') : t('breaches.list.emptyText')}</p>
      {narrowed ? (
        <button type="button" className="button" onClick={clearFilters}>
          {t('breaches.list.showAll')}
        </button>
      ) : (
        <QuickEntryButton />
      )}
    </section>
  );
}
