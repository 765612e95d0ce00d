import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BREACH_STATUSES_IN_ORDER } from '../statuses';
import { useDebounced } from '../use-debounced';
import { useBreachListStore } from './breach-list-store';

/** Search by reference or title, and which statuses to show (none chosen: all of them). */
export function BreachFilters() {
  const { t } = useTranslation();
  const filters = useBreachListStore((store) => store.filters);
  const setFilters = useBreachListStore((store) => store.setFilters);
  const [search, setSearch] = useState(filters.search);
  const settled = useDebounced(search, 250);

  useEffect(() => {
    if (settled !== useBreachListStore.getState().filters.search) setFilters({ search: settled });
  }, [settled, setFilters]);

  const all = filters.status.length === 0;
  return (
    <section className="breach-filters" aria-label={t('breaches.filters.label')}>
      <div className="breach-search">
        <label className="filter-caption" htmlFor="breach-search">
          {t('breaches.filters.search')}
        </label>
        <input
          id="breach-search"
          className="input"
          type="search"
          value={search}
          placeholder={t('breaches.filters.searchPlaceholder')}
          onChange={(event) => setSearch(event.target.value)}
          autoComplete="off"
          maxLength={200}
        />
      </div>
      <div className="breach-status-filter" role="group" aria-labelledby="breach-status-filter-label">
        <span id="breach-status-filter-label" className="filter-caption">
          {t('breaches.filters.status')}
        </span>
        <div className="toggle-row">
          <button type="button" className="toggle" aria-pressed={all} onClick={() => setFilters({ status: [] })}>
            {t('breaches.filters.all')}
          </button>
          {BREACH_STATUSES_IN_ORDER.map((status) => {
            const on = !all && filters.status.includes(status);
            return (
              <button
                key={status}
                type="button"
                className={`toggle toggle-status breach-status-${status}`}
                aria-pressed={on}
                onClick={() => {
                  const next = on ? filters.status.filter((s) => s !== status) : BREACH_STATUSES_IN_ORDER.filter((s) => s === status || filters.status.includes(s));
                  setFilters({ status: next });
                }}
              >
                {t(`breaches.statuses.${status}`)}
              </button>
            );
          })}
        </div>
      </div>
    </section>
  );
}
